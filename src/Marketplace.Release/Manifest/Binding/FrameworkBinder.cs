using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>Reads <c>version.framework</c> (or infers it from the artifact's name) and the framework's attributes.</summary>
internal sealed class FrameworkBinder(ValueReader reader)
{
    public string? Framework(SectionView version, BoundArtifact artifact)
    {
        if (version.Has("framework"))
        {
            var framework = reader.Choice(version["framework"], "version.framework", ManifestVocabulary.Frameworks);
            if (framework is "plugin" or "workflow" && !artifact.HasSource)
            {
                ReportMissingArtifact(version, framework);
            }

            return framework;
        }

        if (!artifact.HasSource)
        {
            ReportMissingArtifact(version, null);
            return null;
        }

        if (artifact.FileName is null)
        {
            // The artifact itself is invalid and already reported; no framework to infer.
            return null;
        }

        var extension = Path.GetExtension(artifact.FileName).ToLowerInvariant();
        switch (extension)
        {
            case ".jar" or ".obr":
                return "plugin";
            case ".jwb":
                return "workflow";
            default:
                reader.Report(version.Position, $"version.framework cannot be told from the artifact '{artifact.FileName}' (only .jar, .obr and .jwb can); add framework: {string.Join(" | ", ManifestVocabulary.Frameworks)}");
                return null;
        }
    }

    /// <summary><c>P2</c> (the default) or <c>P1</c> for the plugin framework; null for the others.</summary>
    public string? PluginFrameworkType(SectionView version, string? framework)
    {
        var pluginFrameworkType = reader.Choice(version["pluginFrameworkType"], "version.pluginFrameworkType", ManifestVocabulary.PluginFrameworkTypes);
        if (version.Has("pluginFrameworkType") && framework is not null && framework != "plugin")
        {
            reader.Report(version.KeyPosition("pluginFrameworkType"), $"version.pluginFrameworkType applies only to framework plugin, and this version is {framework}; remove it");
        }

        return framework == "plugin" ? pluginFrameworkType ?? "P2" : null;
    }

    public Dictionary<string, string> Attributes(SectionView version, string? framework)
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

    private void ReportMissingArtifact(SectionView version, string? framework)
    {
        var needs = framework is null ? "version needs the app's file" : $"framework {framework} needs the app's file";
        reader.Report(version.Position, $"{needs}; add artifact: <path or glob, e.g. target/myapp-*.jar>, artifactUrl: <https URL>, or github.asset");
    }
}
