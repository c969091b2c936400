using System.Text.RegularExpressions;
using Marketplace.Release.Hosting;
using Marketplace.Release.Manifest.Files;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// Turns the node tree into the parts of a <see cref="ReleasePlan"/>, checking every rule of the manifest on the way.
/// Problems go to the diagnostic bag; the loader throws when it holds any, so partial results never escape.
/// </summary>
internal sealed partial class ManifestBinder
{
    private readonly ValueReader reader;
    private readonly WorkspaceFileResolver files;
    private readonly IEnvironmentReader environment;
    private readonly ListingBinder listingBinder;

    public ManifestBinder(ValueReader reader, WorkspaceFileResolver files, IEnvironmentReader environment)
    {
        this.reader = reader;
        this.files = files;
        this.environment = environment;
        listingBinder = new ListingBinder(reader, new ImageBinder(reader, files));
    }

    /// <summary>The bound sections, or null when the top level is not usable at all (the reason is reported).</summary>
    public BoundManifest? Bind(ManifestNode root)
    {
        if (root is ScalarNode { IsNull: true })
        {
            reader.Report(SourcePosition.Start, "the manifest is empty; start it with 'schema: 1', then the app and version sections");
            return null;
        }

        if (root is not MappingNode)
        {
            reader.Report(root.Start, $"the manifest must be a mapping of keys (schema, app, version, listing, github), not {root.KindDescription}");
            return null;
        }

        var top = reader.Section(root, "", ManifestVocabulary.Root, SourcePosition.Start)!;
        CheckSchemaVersion(top);
        var app = BindApp(top);
        var gitHub = BindGitHub(top);
        var version = BindVersion(top, gitHub);
        var listing = listingBinder.Bind(top["listing"], top.KeyPosition("listing"));
        if (top["listing"] is ScalarNode { IsNull: true } emptyListing)
        {
            reader.Report(emptyListing.Start, "listing is empty; give its keys below it (state, moreDetails, …) or remove it");
        }

        return app is null || version is null ? null : new BoundManifest(app, version, listing, gitHub?.Spec);
    }

    private void CheckSchemaVersion(SectionView top)
    {
        var schema = reader.RequiredText(top, "schema", "1");
        if (schema is not null && schema != "1")
        {
            reader.Report(top["schema"]!.Start, $"schema must be 1, the only manifest format this version of marketplace-release reads, not '{schema}'");
        }
    }

    private SectionView? RequiredSection(SectionView parent, string key, ManifestSection section, string example)
    {
        var node = parent[key];
        if (node is null)
        {
            reader.Report(parent.Position, $"{parent.Subject} is missing the '{key}' section; add {key}: with {example} below it");
            return null;
        }

        if (node is ScalarNode { IsNull: true })
        {
            reader.Report(node.Start, $"{key} is empty; give {example} below it");
            return null;
        }

        return reader.Section(node, key, section, parent.KeyPosition(key));
    }

    private AppSpec? BindApp(SectionView top)
    {
        var app = RequiredSection(top, "app", ManifestVocabulary.App, "key and hosting");
        if (app is null)
        {
            return null;
        }

        var key = reader.RequiredText(app, "key", "com.example.myapp");
        if (key is not null && !AppKeyPattern().IsMatch(key))
        {
            reader.Report(app["key"]!.Start, $"app.key '{key}' is not an app key; app keys are letters, digits, '.', '-' and '_', e.g. com.example.myapp");
            key = null;
        }

        var hosting = app["hosting"] is null
            ? ReportMissing(app, "hosting", "datacenter (server, datacenter or cloud)")
            : app["hosting"] is ScalarNode { IsNull: true }
                ? ReportEmpty(app, "hosting", "datacenter (server, datacenter or cloud)")
                : reader.Choice(app["hosting"], "app.hosting", ManifestVocabulary.Hostings);
        return key is null || hosting is null ? null : new AppSpec(key, hosting);
    }

    private BoundGitHub? BindGitHub(SectionView top)
    {
        var section = reader.Section(top["github"], "github", ManifestVocabulary.GitHub, top.KeyPosition("github"));
        if (section is null)
        {
            if (top["github"] is ScalarNode { IsNull: true } empty)
            {
                reader.Report(empty.Start, "github is empty; give release: <tag> below it, or remove it");
            }

            return null;
        }

        var repository = reader.Text(section["repository"], "github.repository");
        if (repository is not null && !RepositoryPattern().IsMatch(repository))
        {
            reader.Report(section["repository"]!.Start, $"github.repository '{repository}' is not owner/name; write it like octo-org/timesheets");
            repository = null;
        }
        else if (repository is null && !section.Has("repository"))
        {
            var fromEnvironment = environment.Get("GITHUB_REPOSITORY");
            repository = fromEnvironment is not null && RepositoryPattern().IsMatch(fromEnvironment) ? fromEnvironment : null;
        }

        var release = reader.RequiredText(section, "release", "v${VERSION}");
        var releaseNotes = reader.Boolean(section["releaseNotes"], "github.releaseNotes") ?? false;
        var asset = reader.Text(section, "asset");
        if (asset is not null && asset.Contains('/', StringComparison.Ordinal))
        {
            reader.Report(section["asset"]!.Start, $"github.asset '{asset}' holds a '/', but release assets are plain file names; give a name pattern such as timesheets-*.jar");
            asset = null;
        }

        var linkBack = reader.Boolean(section["linkBack"], "github.linkBack") ?? false;
        var spec = release is null ? null : new GitHubSpec(repository, release, releaseNotes, asset, linkBack);
        return new BoundGitHub(section, spec, asset);
    }

    private VersionSpec? BindVersion(SectionView top, BoundGitHub? gitHub)
    {
        var version = RequiredSection(top, "version", ManifestVocabulary.Version, "number, build, artifact, compatibility and paymentModel");
        if (version is null)
        {
            return null;
        }

        var number = reader.RequiredText(version, "number", "1.4.0");
        if (number is not null && !VersionNumbers.IsVersion(number))
        {
            reader.Report(version["number"]!.Start, $"version.number '{number}' is not a version number; write it like 1.4.0 (up to 4 numbers separated by dots, optionally followed by -qualifier)");
            number = null;
        }

        var build = BindBuild(version, number);
        var (artifact, artifactName, hasArtifactSource) = BindArtifact(version, gitHub);
        var framework = BindFramework(version, artifactName, hasArtifactSource);
        var pluginFrameworkType = reader.Choice(version["pluginFrameworkType"], "version.pluginFrameworkType", ManifestVocabulary.PluginFrameworkTypes);
        if (version.Has("pluginFrameworkType") && framework is not null && framework != "plugin")
        {
            reader.Report(version.KeyPosition("pluginFrameworkType"), $"version.pluginFrameworkType applies only to framework plugin, and this version is {framework}; remove it");
        }

        var frameworkAttributes = BindFrameworkAttributes(version, framework);
        var compatibility = BindCompatibility(version);
        var paymentModel = version["paymentModel"] is null
            ? ReportMissing(version, "paymentModel", "free (free, paid-via-atlassian or paid-via-vendor)")
            : version["paymentModel"] is ScalarNode { IsNull: true }
                ? ReportEmpty(version, "paymentModel", "free (free, paid-via-atlassian or paid-via-vendor)")
                : reader.Choice(version["paymentModel"], "version.paymentModel", ManifestVocabulary.PaymentModels);
        var license = reader.Choice(version["license"], "version.license", ManifestVocabulary.Licenses);
        var supported = reader.Boolean(version["supported"], "version.supported");
        var beta = reader.Boolean(version["beta"], "version.beta");
        var agreement = BindAgreement(version);
        var releaseSummary = reader.Text(version, "releaseSummary");
        var releaseNotes = BindReleaseNotes(version, number, gitHub);

        if (number is null || build is null || framework is null || compatibility is null || paymentModel is null)
        {
            return null;
        }

        return new VersionSpec
        {
            Number = number,
            BuildNumber = build.Value,
            Artifact = artifact,
            Framework = framework,
            PluginFrameworkType = framework == "plugin" ? pluginFrameworkType ?? "P2" : null,
            FrameworkAttributes = frameworkAttributes,
            Compatibility = compatibility,
            PaymentModel = paymentModel,
            License = license,
            Supported = supported ?? true,
            Beta = beta ?? false,
            Agreement = agreement ?? ManifestVocabulary.DefaultAgreement,
            ReleaseSummary = releaseSummary,
            ReleaseNotes = releaseNotes,
        };
    }

    private long? BindBuild(SectionView version, string? number)
    {
        var text = reader.RequiredText(version, "build", "from-version (or a whole number)");
        if (text is null)
        {
            return null;
        }

        var node = version["build"]!;
        if (text == ManifestVocabulary.FromVersion)
        {
            if (number is null)
            {
                // The version number is missing or invalid, which is reported already.
                return null;
            }

            var computed = VersionNumbers.BuildFromVersion(number, out var problem);
            if (computed is null)
            {
                reader.Report(node.Start, $"version.build: from-version cannot be used: version.number '{number}' {problem}");
            }

            return computed;
        }

        var buildNumber = ValueReader.ParsePositiveInteger(text);
        if (buildNumber is null)
        {
            var hint = KeySuggester.Suggest(text, [ManifestVocabulary.FromVersion]) is null ? "" : "; did you mean 'from-version'?";
            reader.Report(node.Start, $"version.build must be a whole number from 1 to {VersionNumbers.MaxBuildNumber} or from-version, not '{text}'{hint}");
        }

        return buildNumber;
    }

    /// <summary>
    /// The artifact comes from exactly one of version.artifact, version.artifactUrl and github.asset. Returns the
    /// source (null when github.asset gives it), the file name used to infer the framework, and whether any source is given.
    /// </summary>
    private (ArtifactSource? Source, string? FileName, bool HasSource) BindArtifact(SectionView version, BoundGitHub? gitHub)
    {
        var given = new List<(string Name, SourcePosition Position)>();
        if (version.Has("artifact"))
        {
            given.Add(("version.artifact", version.KeyPosition("artifact")));
        }

        if (version.Has("artifactUrl"))
        {
            given.Add(("version.artifactUrl", version.KeyPosition("artifactUrl")));
        }

        if (gitHub is not null && gitHub.Section.Has("asset"))
        {
            given.Add(("github.asset", gitHub.Section.KeyPosition("asset")));
        }

        if (given.Count > 1)
        {
            var second = given.OrderBy(source => source.Position.Index).Skip(1).First();
            reader.Report(second.Position, $"the artifact is given more than once ({string.Join(", ", given.Select(source => source.Name))}); keep only one of them");
            return (null, null, true);
        }

        if (given.Count == 0)
        {
            return (null, null, false);
        }

        if (version.Has("artifact"))
        {
            var pattern = reader.Text(version["artifact"], "version.artifact");
            if (pattern is null)
            {
                ReportNullValue(version, "artifact", "target/myapp-*.jar");
                return (null, null, true);
            }

            var resolution = files.ResolveSingleMatch(pattern);
            if (resolution.Problem is not null)
            {
                reader.Report(version["artifact"]!.Start, $"version.artifact '{pattern}' {resolution.Problem}");
                return (null, null, true);
            }

            // The Marketplace refuses larger artifacts; saying so here means validate catches it and nothing is sent.
            var size = new FileInfo(resolution.FullPath!).Length;
            if (size > Api.MarketplaceLimits.MaxArtifactBytes)
            {
                reader.Report(version["artifact"]!.Start,
                    $"version.artifact '{Path.GetFileName(resolution.FullPath)}' is {size / 1048576.0:0.0} MB, over the Marketplace's limit of 250 MB; make the artifact smaller");
                return (null, null, true);
            }

            return (new ArtifactSource(resolution.FullPath, null), Path.GetFileName(resolution.FullPath), true);
        }

        if (version.Has("artifactUrl"))
        {
            var text = reader.Text(version["artifactUrl"], "version.artifactUrl");
            if (text is null)
            {
                ReportNullValue(version, "artifactUrl", "https://example.com/myapp-1.4.0.jar");
                return (null, null, true);
            }

            var url = UrlRules.WebUrl(text);
            if (url is null || !UrlRules.IsSecureOrLoopback(url))
            {
                reader.Report(version["artifactUrl"]!.Start, url is null
                    ? $"version.artifactUrl '{text}' is not a web address; give a full https:// URL the Marketplace can download the artifact from"
                    : $"version.artifactUrl '{text}' must use https (plain http is allowed only to this machine); the Marketplace downloads the artifact from it");
                return (null, null, true);
            }

            return (new ArtifactSource(null, url), Path.GetFileName(url.AbsolutePath), true);
        }

        return (null, gitHub!.Asset, true);
    }

    private string? BindFramework(SectionView version, string? artifactName, bool hasArtifactSource)
    {
        if (version.Has("framework"))
        {
            var framework = reader.Choice(version["framework"], "version.framework", ManifestVocabulary.Frameworks);
            if (framework is "plugin" or "workflow" && !hasArtifactSource)
            {
                ReportMissingArtifact(version, framework);
            }

            return framework;
        }

        if (!hasArtifactSource)
        {
            ReportMissingArtifact(version, null);
            return null;
        }

        if (artifactName is null)
        {
            // The artifact itself is invalid and already reported; no framework to infer.
            return null;
        }

        var extension = Path.GetExtension(artifactName).ToLowerInvariant();
        switch (extension)
        {
            case ".jar" or ".obr":
                return "plugin";
            case ".jwb":
                return "workflow";
            default:
                reader.Report(version.Position, $"version.framework cannot be told from the artifact '{artifactName}' (only .jar, .obr and .jwb can); add framework: {string.Join(" | ", ManifestVocabulary.Frameworks)}");
                return null;
        }
    }

    private void ReportMissingArtifact(SectionView version, string? framework)
    {
        var needs = framework is null ? "version needs the app's file" : $"framework {framework} needs the app's file";
        reader.Report(version.Position, $"{needs}; add artifact: <path or glob, e.g. target/myapp-*.jar>, artifactUrl: <https URL>, or github.asset");
    }

    private Dictionary<string, string> BindFrameworkAttributes(SectionView version, string? framework)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var node = version["frameworkAttributes"];
        if (node is null || node is ScalarNode { IsNull: true })
        {
            return attributes;
        }

        if (node is not MappingNode mapping)
        {
            reader.Report(node.Start, $"version.frameworkAttributes must be a mapping of names to values, not {node.KindDescription}");
            return attributes;
        }

        if (framework is "plugin" or "workflow")
        {
            reader.Report(version.KeyPosition("frameworkAttributes"), $"version.frameworkAttributes applies to the connect, forge and external frameworks; the {framework} framework's attributes come from the artifact, remove it");
            return attributes;
        }

        if (mapping.Entries.Count > ManifestLimits.MaxFrameworkAttributes)
        {
            reader.Report(mapping.Entries[ManifestLimits.MaxFrameworkAttributes].Key.Start, $"version.frameworkAttributes has {mapping.Entries.Count} entries; at most {ManifestLimits.MaxFrameworkAttributes} are allowed");
            return attributes;
        }

        foreach (var entry in mapping.Entries)
        {
            var name = entry.Key.Value;
            if (name.Trim().Length == 0 || name.Length > 100)
            {
                reader.Report(entry.Key.Start, "version.frameworkAttributes names must be 1 to 100 characters long");
                continue;
            }

            var value = reader.Text(entry.Value, $"version.frameworkAttributes.{name}");
            if (value is not null)
            {
                attributes[name] = value;
            }
        }

        return attributes;
    }

    private List<CompatibilitySpec>? BindCompatibility(SectionView version)
    {
        var node = version["compatibility"];
        if (node is null)
        {
            reader.Report(version.Position, "version is missing 'compatibility'; add a list of products, e.g. compatibility: [{product: jira, min: 9.12.0, max: 10.3.3}]");
            return null;
        }

        var list = reader.List(node, "version.compatibility");
        if (list is null)
        {
            if (node is ScalarNode { IsNull: true })
            {
                reader.Report(node.Start, "version.compatibility is empty; list at least one product with min and max");
            }

            return null;
        }

        if (list.Items.Count == 0)
        {
            reader.Report(list.Start, "version.compatibility is empty; list at least one product with min and max");
            return null;
        }

        var entries = new List<CompatibilitySpec>();
        var products = new Dictionary<string, int>(StringComparer.Ordinal);
        var allValid = true;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var entry = BindCompatibilityEntry(list.Items[i], $"version.compatibility[{i}]", products);
            allValid &= entry is not null;
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return allValid ? entries : null;
    }

    private CompatibilitySpec? BindCompatibilityEntry(ManifestNode item, string path, Dictionary<string, int> products)
    {
        var entry = reader.Section(item, path, ManifestVocabulary.Compatibility, item.Start);
        if (entry is null)
        {
            if (item is ScalarNode { IsNull: true })
            {
                reader.Report(item.Start, $"{path} is empty; give product, min (or minBuild) and max (or maxBuild)");
            }

            return null;
        }

        var product = reader.RequiredText(entry, "product", "jira");
        if (product is not null && !ProductPattern().IsMatch(product))
        {
            reader.Report(entry["product"]!.Start, $"{path}.product '{product}' is not a product id; use the Marketplace's lower-case id, e.g. jira, confluence, bitbucket, bamboo");
            product = null;
        }
        else if (product is not null && !products.TryAdd(product, entry["product"]!.Start.Line))
        {
            reader.Report(entry["product"]!.Start, $"{path}.product '{product}' is listed twice (first at line {products[product]}); keep one entry per product");
            product = null;
        }

        var min = BindBound(entry, "min", "minBuild", "lower", "9.12.0");
        var max = BindBound(entry, "max", "maxBuild", "upper", "10.3.3");
        if (min is null || max is null || product is null)
        {
            return null;
        }

        var minAboveMax = min.Value.Version is not null && max.Value.Version is not null
            ? VersionNumbers.Compare(min.Value.Version, max.Value.Version) > 0
            : min.Value.Build is not null && max.Value.Build is not null && min.Value.Build > max.Value.Build;
        if (minAboveMax)
        {
            reader.Report(entry.KeyPosition(entry.Has("max") ? "max" : "maxBuild"), $"{path}: the upper bound is below the lower bound; swap them");
            return null;
        }

        return new CompatibilitySpec(product, min.Value.Version, min.Value.Build, max.Value.Version, max.Value.Build);
    }

    /// <summary>One bound of a compatibility entry: a product version or a build number, exactly one of them.</summary>
    private (string? Version, long? Build)? BindBound(SectionView entry, string versionKey, string buildKey, string which, string example)
    {
        var hasVersion = entry.Has(versionKey);
        var hasBuild = entry.Has(buildKey);
        if (hasVersion && hasBuild)
        {
            reader.Report(entry.KeyPosition(buildKey), $"{entry.Path} has both {versionKey} and {buildKey}; keep one: {versionKey} (a product version) or {buildKey} (its build number)");
            return null;
        }

        if (!hasVersion && !hasBuild)
        {
            reader.Report(entry.Position, $"{entry.Path} is missing its {which} bound; add {versionKey}: <product version, e.g. {example}> or {buildKey}: <build number>");
            return null;
        }

        if (hasBuild)
        {
            var build = reader.PositiveInteger(entry[buildKey], entry.PathOf(buildKey));
            if (build is null && entry[buildKey] is ScalarNode { IsNull: true })
            {
                ReportNullValue(entry, buildKey, "10030003");
            }

            return build is null ? null : (null, build);
        }

        var version = reader.Text(entry[versionKey], entry.PathOf(versionKey));
        if (version is null)
        {
            ReportNullValue(entry, versionKey, example);
            return null;
        }

        if (!VersionNumbers.IsVersion(version))
        {
            reader.Report(entry[versionKey]!.Start, $"{entry.PathOf(versionKey)} '{version}' is not a product version; write it like {example}");
            return null;
        }

        return (version, null);
    }

    private string? BindAgreement(SectionView version)
    {
        var agreement = reader.Text(version["agreement"], "version.agreement");
        if (agreement is null)
        {
            return null;
        }

        var url = UrlRules.WebUrl(agreement);
        if (url is null || url.Scheme != Uri.UriSchemeHttps)
        {
            reader.Report(version["agreement"]!.Start, $"version.agreement '{agreement}' is not an https URL; remove it to accept {ManifestVocabulary.DefaultAgreement}");
            return null;
        }

        return agreement;
    }

    private string? BindReleaseNotes(SectionView version, string? number, BoundGitHub? gitHub)
    {
        if (version.Has("releaseNotes") && version.Has("releaseNotesFile"))
        {
            reader.Report(version.KeyPosition("releaseNotesFile"), "version has both releaseNotes and releaseNotesFile; keep one of them");
            return null;
        }

        if (gitHub?.Spec?.ReleaseNotes == true && (version.Has("releaseNotes") || version.Has("releaseNotesFile")))
        {
            var given = version.Has("releaseNotes") ? "version.releaseNotes" : "version.releaseNotesFile";
            reader.Report(gitHub.Section.KeyPosition("releaseNotes"), $"github.releaseNotes: true takes the notes from the GitHub release, but {given} gives them too; remove one of the two");
            return null;
        }

        if (version.Has("releaseNotes"))
        {
            return reader.Text(version, "releaseNotes");
        }

        if (!version.Has("releaseNotesFile"))
        {
            return null;
        }

        var file = reader.Text(version["releaseNotesFile"], "version.releaseNotesFile");
        if (file is null)
        {
            ReportNullValue(version, "releaseNotesFile", "CHANGELOG.md");
            return null;
        }

        var node = version["releaseNotesFile"]!;
        var resolution = files.ResolveFile(file);
        if (resolution.Problem is not null)
        {
            reader.Report(node.Start, $"version.releaseNotesFile '{file}' {resolution.Problem}");
            return null;
        }

        var text = ReadChangelog(resolution.FullPath!, file, node);
        if (text is null || number is null)
        {
            return null;
        }

        var section = ChangelogSection.Find(text, number, out var headings);
        if (section is null)
        {
            var found = headings.Count == 0
                ? "it has no '## ' headings"
                : $"headings found: {string.Join(", ", headings.Take(10))}{(headings.Count > 10 ? ", …" : "")}";
            reader.Report(node.Start, $"version.releaseNotesFile '{file}' has no section for {number} ({found}); add a heading '## [{number}]' with the notes of this version");
            return null;
        }

        if (section.Length == 0)
        {
            reader.Report(node.Start, $"the section of {number} in '{file}' is empty; write the notes of this version below its heading");
            return null;
        }

        if (section.Length > ManifestLimits.MaxLongTextChars)
        {
            reader.Report(node.Start, $"the section of {number} in '{file}' is {section.Length} characters long; at most {ManifestLimits.MaxLongTextChars} are allowed, shorten it");
            return null;
        }

        return section;
    }

    private string? ReadChangelog(string fullPath, string file, ManifestNode node)
    {
        byte[] bytes;
        try
        {
            using var stream = File.OpenRead(fullPath);
            if (stream.Length > ManifestLimits.MaxReleaseNotesFileBytes)
            {
                reader.Report(node.Start, $"version.releaseNotesFile '{file}' is {stream.Length} bytes; at most {ManifestLimits.MaxReleaseNotesFileBytes} are read, move old releases to another file");
                return null;
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (IOException exception)
        {
            reader.Report(node.Start, $"version.releaseNotesFile '{file}' cannot be read ({exception.Message}); check that the file is readable");
            return null;
        }
        catch (UnauthorizedAccessException exception)
        {
            reader.Report(node.Start, $"version.releaseNotesFile '{file}' cannot be read ({exception.Message}); check that the file is readable");
            return null;
        }

        var text = Utf8TextDecoder.TryDecode(bytes, out var badLine, out var badColumn);
        if (text is null)
        {
            reader.Report(node.Start, $"version.releaseNotesFile '{file}' is not valid UTF-8 (first bad byte at line {badLine}, column {badColumn}); save it as UTF-8");
        }

        return text;
    }

    private string? ReportMissing(SectionView section, string key, string example)
    {
        reader.Report(section.Position, $"{section.Subject} is missing '{key}'; add {key}: {example}");
        return null;
    }

    private string? ReportEmpty(SectionView section, string key, string example)
    {
        reader.Report(section[key]!.Start, $"{section.PathOf(key)} is empty; give a value, e.g. {key}: {example}");
        return null;
    }

    private void ReportNullValue(SectionView section, string key, string example)
    {
        if (section[key] is ScalarNode { IsNull: true })
        {
            ReportEmpty(section, key, example);
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AppKeyPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ProductPattern();
}
