using System.Text.Json.Nodes;
using Marketplace.Release.Manifest.Files;
using Marketplace.Release.Manifest.Privacy;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// Reads the optional <c>privacySecurity:</c> section (docs/marketplace-api.md § Presence sections): <c>file</c>, the <c>commonCloud</c> object as the API
/// takes it in YAML or JSON (inside the workspace), and <c>publish</c> (default true). Problems inside the file are
/// reported at the file's own lines and columns; the answers are checked against the API's <c>commonCloud</c> vocabulary
/// (<see cref="PrivacyFileChecker"/>), so a misspelt or read-only answer is refused before anything is sent.
/// </summary>
internal sealed class PrivacySecurityBinder(ValueReader reader, WorkspaceFileResolver files, BoundedTextFile textFiles)
{
    private const string CommonCloud = PrivacyVocabulary.CommonCloud;

    public PrivacySecuritySpec? Bind(SectionView top)
    {
        var section = reader.Section(top["privacySecurity"], "privacySecurity", ManifestVocabulary.PrivacySecurity, top.KeyPosition("privacySecurity"));
        if (section is null)
        {
            if (top["privacySecurity"] is ScalarNode { IsNull: true } empty)
            {
                reader.Report(empty.Start, "privacySecurity is empty; give file: <privacy-and-security.yml> below it, or remove it");
            }

            return null;
        }

        var publish = reader.Boolean(section["publish"], "privacySecurity.publish") ?? true;
        var file = reader.RequiredText(section, "file", "privacy-and-security.yml");
        if (file is null)
        {
            return null;
        }

        var node = section["file"]!;
        if (!ManifestVocabulary.PrivacySecurityExtensions.Contains(Path.GetExtension(file).ToLowerInvariant(), StringComparer.Ordinal))
        {
            reader.Report(node.Start, $"privacySecurity.file '{file}' must be a YAML or JSON file ({string.Join(", ", ManifestVocabulary.PrivacySecurityExtensions)})");
            return null;
        }

        var resolution = files.ResolveFile(file);
        if (resolution.Problem is not null)
        {
            reader.Report(node.Start, $"privacySecurity.file '{file}' {resolution.Problem}");
            return null;
        }

        var text = textFiles.Read(resolution.FullPath!, $"privacySecurity.file '{file}'", node, ManifestLimits.MaxPrivacySecurityFileBytes, "keep only the commonCloud answers in it");
        var answers = text is null ? null : Parse(text, resolution.FullPath!, file, node);
        return answers is null ? null : new PrivacySecuritySpec(resolution.FullPath!, answers, publish);
    }

    private JsonObject? Parse(string text, string fullPath, string file, ManifestNode node)
    {
        var fileDiagnostics = new ManifestDiagnosticBag(files.Display(fullPath));
        var root = ManifestYamlReader.Read(text, fileDiagnostics);
        reader.Diagnostics.AddFrom(fileDiagnostics);
        if (fileDiagnostics.Count > 0)
        {
            return null;
        }

        if (root is not MappingNode mapping || mapping.Entries.Count == 0)
        {
            reader.Report(node.Start, $"privacySecurity.file '{file}' must hold the commonCloud object (a mapping of the answers such as dataAccessAndStorage, logDetails, privacy, security), not {(root is MappingNode ? "an empty mapping" : root?.KindDescription ?? "nothing")}");
            return null;
        }

        // Both the object itself and the API body {"commonCloud": …} are taken; the plan carries the object.
        if (mapping.Entries is [{ Key.Value: CommonCloud } only])
        {
            if (only.Value is not MappingNode)
            {
                reader.Report(node.Start, $"privacySecurity.file '{file}': commonCloud must be a mapping of the answers, not {only.Value.KindDescription}");
                return null;
            }

            mapping = (MappingNode)only.Value;
        }

        PrivacyFileChecker.Check(mapping, fileDiagnostics);
        reader.Diagnostics.AddFrom(fileDiagnostics);
        return fileDiagnostics.Count > 0 ? null : (JsonObject)YamlJson.ToJson(mapping)!;
    }
}
