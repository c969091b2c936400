using System.Text.RegularExpressions;
using Marketplace.Release.Domain;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// Reads <c>targets:</c>: each entry becomes the complete version it describes (its <c>version</c> and <c>listing</c>
/// keys over the top-level sections', its hosting over <c>app.hosting</c>, its <c>github.asset</c> over the top-level
/// one) and is checked by the same binders as a manifest without targets; then names must be unique and two targets
/// of one hosting must differ in version number and build number.
/// </summary>
internal sealed partial class TargetsBinder(ValueReader reader, GitHubBinder gitHubBinder, VersionBinder versionBinder, ListingBinder listingBinder)
{
    /// <summary>The targets in the order written; null when any of them is invalid (reported).</summary>
    public IReadOnlyList<TargetSpec>? Bind(SectionView top, AppSpec? app)
    {
        var list = reader.List(top["targets"], "targets");
        if (list is null)
        {
            if (top["targets"] is ScalarNode { IsNull: true } empty)
            {
                reader.Report(empty.Start, "targets is empty; list the versions of this release below it (- name: jira10 …), or remove it");
            }

            return null;
        }

        if (list.Items.Count == 0)
        {
            reader.Report(list.Start, "targets lists no target; give at least one (- name: jira10 …), or remove targets");
            return null;
        }

        var targets = new List<(TargetSpec? Spec, SectionView? Section)>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            targets.Add(BindOne(top, app, list.Items[i], i));
        }

        CheckDistinct(targets);
        return targets.All(target => target.Spec is not null) ? [.. targets.Select(target => target.Spec!)] : null;
    }

    private (TargetSpec? Spec, SectionView? Section) BindOne(SectionView top, AppSpec? app, ManifestNode item, int index)
    {
        var path = $"targets[{index}]";
        var section = reader.Section(item, path, ManifestVocabulary.Target, item.Start);
        if (section is null)
        {
            if (item is ScalarNode { IsNull: true })
            {
                reader.Report(item.Start, $"{path} is empty; give name: <target> and its version keys below it");
            }

            return (null, null);
        }

        var name = reader.RequiredText(section, "name", "jira11");
        if (name is not null && !NamePattern().IsMatch(name))
        {
            reader.Report(section["name"]!.Start, $"{path}.name '{name}' is not a target name; use 1 to {ManifestVocabulary.MaxTargetNameChars} of a-z, 0-9 and '-', e.g. jira11");
            name = null;
        }

        var hosting = section.Has("hosting")
            ? DomainWords.Hostings.FromWord(reader.Choice(section["hosting"], section.PathOf("hosting"), DomainWords.Hostings.Words))
            : app?.Hosting;
        var gitHubSection = reader.Section(section["github"], section.PathOf("github"), ManifestVocabulary.TargetGitHub, section.KeyPosition("github"));
        if (gitHubSection is not null && top["github"] is not MappingNode)
        {
            reader.Report(section.KeyPosition("github"), $"{path}.github needs the top-level github section (its release: <tag>); add it, or remove {path}.github");
            gitHubSection = null;
        }

        // The target's own view of the manifest: the sections it may change, merged, everything reported at the target.
        var merged = reader.Section(TargetMerge.Top(item.Start,
            ("version", section.KeyPosition("version"), TargetMerge.Section(top["version"], section["version"], section.KeyPosition("version"))),
            ("listing", section.KeyPosition("listing"), TargetMerge.Section(top["listing"], section["listing"], section.KeyPosition("listing"))),
            ("github", top.KeyPosition("github"), TargetMerge.Section(top["github"], gitHubSection is null ? null : section["github"], top.KeyPosition("github")))),
            "", ManifestVocabulary.Root, item.Start)!;
        var gitHub = gitHubBinder.Bind(merged);
        var version = versionBinder.Bind(merged, gitHub);
        var listing = listingBinder.Bind(merged["listing"], merged.KeyPosition("listing"));
        ExplainSharedBuild(section, merged, path);
        if (name is null || hosting is null || app is null || version is null)
        {
            return (null, section);
        }

        return (new TargetSpec(name, app with { Hosting = hosting.Value }, version, listing, gitHub?.Spec), section);
    }

    /// <summary>
    /// A shared <c>version.build</c> is refused for a connect or forge target where it is written; say at the target
    /// why, and that the fix is to move it into the targets that take it (a target cannot remove a shared key).
    /// </summary>
    private void ExplainSharedBuild(SectionView target, SectionView merged, string path)
    {
        var own = target["version"] as MappingNode;
        var ownsBuild = own?.Entries.Any(entry => entry.Key.Value == "build") == true;
        if (ownsBuild || merged["version"] is not MappingNode version
            || version.Entries.FirstOrDefault(entry => entry.Key.Value == "framework")?.Value is not ScalarNode framework
            || !version.Entries.Any(entry => entry.Key.Value == "build")
            || DomainWords.Frameworks.FromWord(framework.Value)?.AssignsBuildNumber() != true)
        {
            return;
        }

        reader.Report(target.KeyPosition("version"), $"{path} is a {framework.Value} version, whose build number the Marketplace assigns, but the top-level version gives build; a target cannot remove a shared key, so move build into the targets that take it");
    }

    private void CheckDistinct(List<(TargetSpec? Spec, SectionView? Section)> targets)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] is not ({ } target, { } section))
            {
                continue;
            }

            foreach (var (earlier, _) in targets.Take(i))
            {
                if (earlier is null)
                {
                    continue;
                }

                if (earlier.Name == target.Name)
                {
                    reader.Report(section["name"]!.Start, $"target name '{target.Name}' is used twice; give each target its own name");
                }
                else if (earlier.App.Hosting == target.App.Hosting && earlier.Version.Number == target.Version.Number)
                {
                    reader.Report(section.Position, $"targets '{earlier.Name}' and '{target.Name}' both release {target.App.Hosting.Word()} version {target.Version.Number}; the Marketplace holds one version per number, give each target its own version.number");
                }
                else if (earlier.App.Hosting == target.App.Hosting && !target.Version.BuildAssignedByMarketplace && earlier.Version.BuildNumber == target.Version.BuildNumber)
                {
                    reader.Report(section.Position, $"targets '{earlier.Name}' and '{target.Name}' both release {target.App.Hosting.Word()} build {target.Version.BuildNumber}; the Marketplace holds one version per build number, give each target its own version.build");
                }
            }
        }
    }

    [GeneratedRegex("^[a-z0-9-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
