using Marketplace.Release.Domain;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>Reads <c>version.framework</c> (or infers it from the artifact's name) and the framework's attributes.</summary>
internal sealed class FrameworkBinder(ValueReader reader)
{
    public Framework? Framework(SectionView version, BoundArtifact artifact)
    {
        if (version.Has("framework"))
        {
            var framework = DomainWords.Frameworks.FromWord(reader.Choice(version["framework"], "version.framework", DomainWords.Frameworks.Words));
            if (framework?.IsUploadedFile() == true && !artifact.HasSource)
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
                return Domain.Framework.Plugin;
            case ".jwb":
                return Domain.Framework.Workflow;
            default:
                reader.Report(version.Position, $"version.framework cannot be told from the artifact '{artifact.FileName}' (only .jar, .obr and .jwb can); add framework: {string.Join(" | ", DomainWords.Frameworks.Words)}");
                return null;
        }
    }

    /// <summary><c>P2</c> (the default) or <c>P1</c> for the plugin framework; null for the others.</summary>
    public string? PluginFrameworkType(SectionView version, Framework? framework)
    {
        var pluginFrameworkType = reader.Choice(version["pluginFrameworkType"], "version.pluginFrameworkType", ManifestVocabulary.PluginFrameworkTypes);
        if (version.Has("pluginFrameworkType") && framework is { } other && other is not Domain.Framework.Plugin)
        {
            reader.Report(version.KeyPosition("pluginFrameworkType"), $"version.pluginFrameworkType applies only to framework plugin, and this version is {other.Word()}; remove it");
        }

        return framework is Domain.Framework.Plugin ? pluginFrameworkType ?? "P2" : null;
    }

    /// <summary>
    /// The attributes with their YAML types (docs/marketplace-api.md § Frameworks and exactly-once creates), checked against <see cref="FrameworkAttributeRules"/>: unknown
    /// names, wrong types and missing required attributes are reported at their position.
    /// </summary>
    public Dictionary<string, FrameworkAttributeValue> Attributes(SectionView version, Framework? framework)
    {
        var attributes = new Dictionary<string, FrameworkAttributeValue>(StringComparer.Ordinal);
        var node = version["frameworkAttributes"];
        if (node is null || node is ScalarNode { IsNull: true })
        {
            ReportMissingAttributes(version, framework, attributes);
            return attributes;
        }

        if (node is not MappingNode mapping)
        {
            reader.Report(node.Start, $"version.frameworkAttributes must be a mapping of names to values, not {node.KindDescription}");
            return attributes;
        }

        if (framework is { } uploaded && uploaded.IsUploadedFile())
        {
            reader.Report(version.KeyPosition("frameworkAttributes"), $"version.frameworkAttributes applies to the connect, forge and external frameworks; the {uploaded.Word()} framework's attributes come from the artifact, remove it");
            return attributes;
        }

        if (mapping.Entries.Count > ManifestLimits.MaxFrameworkAttributes)
        {
            reader.Report(mapping.Entries[ManifestLimits.MaxFrameworkAttributes].Key.Start, $"version.frameworkAttributes has {mapping.Entries.Count} entries; at most {ManifestLimits.MaxFrameworkAttributes} are allowed");
            return attributes;
        }

        if (framework is not { } known)
        {
            // The framework is invalid or missing, which is reported already; its attributes cannot be checked.
            return attributes;
        }

        var rules = FrameworkAttributeRules.For(known);
        var invalid = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var name = entry.Key.Value;
            var path = $"version.frameworkAttributes.{name}";
            var rule = rules.FirstOrDefault(candidate => candidate.Name == name);
            if (rule is null)
            {
                var suggestion = KeySuggester.Suggest(name, rules.Select(candidate => candidate.Name));
                reader.Report(entry.Key.Start, suggestion is null
                    ? $"{path} is not an attribute of framework {known.Word()}; the attributes of {known.Word()} are {string.Join(", ", rules.Select(other => other.Name))}"
                    : $"{path} is not an attribute of framework {known.Word()}; did you mean '{suggestion}'?");
                continue;
            }

            var value = AttributeValue(entry.Value, path, rule, known);
            if (value is null)
            {
                invalid.Add(name);
            }
            else
            {
                attributes[name] = value;
            }
        }

        ReportMissingAttributes(version, framework, attributes, invalid);
        return attributes;
    }

    private FrameworkAttributeValue? AttributeValue(ManifestNode node, string path, FrameworkAttributeRule rule, Framework known)
    {
        var framework = known.Word();
        if (node is ScalarNode { IsNull: true })
        {
            reader.Report(node.Start, $"{path} is empty; give {FrameworkAttributeRules.Describe(rule.Kind)}, e.g. {rule.Name}: {rule.Example}");
            return null;
        }

        switch (rule.Kind)
        {
            case FrameworkAttributeKind.List:
                if (node is not SequenceNode)
                {
                    reader.Report(node.Start, $"{path} must be a list for framework {framework}, not {node.KindDescription}; write it like {rule.Name}: {rule.Example}");
                    return null;
                }

                var list = reader.List(node, path);
                if (list is null)
                {
                    return null;
                }

                var items = new List<string>();
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var item = reader.Text(list.Items[i], $"{path}[{i}]");
                    if (item is null)
                    {
                        if (list.Items[i] is ScalarNode { IsNull: true })
                        {
                            reader.Report(list.Items[i].Start, $"{path}[{i}] is empty; give a value or remove the entry");
                        }

                        return null;
                    }

                    items.Add(item);
                }

                return FrameworkAttributeValue.OfList(items);
            case FrameworkAttributeKind.Boolean:
                if (node is not ScalarNode scalar)
                {
                    reader.Report(node.Start, $"{path} must be true or false for framework {framework}, not {node.KindDescription}");
                    return null;
                }

                var text = reader.Text(node, path);
                if (text is null)
                {
                    return null;
                }

                // Only a plain true/false is a YAML boolean; "true" in quotes is a string, which the API refuses here.
                bool? boolean = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain
                    ? text switch { "true" or "True" or "TRUE" => true, "false" or "False" or "FALSE" => false, _ => null }
                    : null;
                if (boolean is null)
                {
                    reader.Report(node.Start, $"{path} must be true or false (unquoted) for framework {framework}, not the text '{text}'");
                    return null;
                }

                return FrameworkAttributeValue.OfBoolean(boolean.Value);
            default:
                if (node is not ScalarNode)
                {
                    reader.Report(node.Start, $"{path} must be a single text value for framework {framework}, not {node.KindDescription}");
                    return null;
                }

                var value = reader.Text(node, path);
                if (value is null)
                {
                    return null;
                }

                if (rule.IsUrl && UrlRules.WebUrl(value) is null)
                {
                    reader.Report(node.Start, $"{path} '{value}' is not a web address; give a full URL starting with https://");
                    return null;
                }

                return FrameworkAttributeValue.OfText(value);
        }
    }

    /// <summary>Reports each required attribute of <paramref name="framework"/> that is neither given nor reported as invalid.</summary>
    private void ReportMissingAttributes(SectionView version, Framework? framework, Dictionary<string, FrameworkAttributeValue> given, HashSet<string>? invalid = null)
    {
        if (framework is not { } known)
        {
            return;
        }

        foreach (var rule in FrameworkAttributeRules.For(known).Where(rule => rule.Required))
        {
            if (given.ContainsKey(rule.Name) || invalid?.Contains(rule.Name) == true)
            {
                continue;
            }

            var what = $"framework {known.Word()} needs version.frameworkAttributes.{rule.Name} ({FrameworkAttributeRules.Describe(rule.Kind)})";
            reader.Report(version.KeyPosition("frameworkAttributes"), version.Has("frameworkAttributes") && version["frameworkAttributes"] is MappingNode
                ? $"{what}; add {rule.Name}: {rule.Example} below frameworkAttributes"
                : $"{what}; add frameworkAttributes: with {rule.Name}: {rule.Example} below it");
        }
    }

    private void ReportMissingArtifact(SectionView version, Framework? framework)
    {
        var needs = framework is { } known ? $"framework {known.Word()} needs the app's file" : "version needs the app's file";
        reader.Report(version.Position, $"{needs}; add artifact: <path or glob, e.g. target/myapp-*.jar>, artifactUrl: <https URL>, or github.asset");
    }
}
