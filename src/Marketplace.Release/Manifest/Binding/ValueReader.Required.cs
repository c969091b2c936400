using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>The readers of required values: a missing key or an empty value is reported with an example of the fix.</summary>
internal sealed partial class ValueReader
{
    /// <summary>A required text value: reports a missing key and an empty value.</summary>
    public string? RequiredText(SectionView section, string key, string example)
    {
        var node = section[key];
        if (node is null)
        {
            Report(section.Position, $"{section.Subject} is missing '{key}'; add {key}: {example}");
            return null;
        }

        if (node is ScalarNode { IsNull: true })
        {
            Report(node.Start, $"{section.PathOf(key)} is empty; give a value, e.g. {key}: {example}");
            return null;
        }

        var value = Text(section, key);
        if (value is not null && value.Trim().Length == 0)
        {
            Report(node.Start, $"{section.PathOf(key)} is empty; give a value, e.g. {key}: {example}");
            return null;
        }

        return value;
    }

    /// <summary>A required section of <paramref name="parent"/>: reports it missing or empty.</summary>
    public SectionView? RequiredSection(SectionView parent, string key, ManifestSection section, string example)
    {
        var node = parent[key];
        if (node is null)
        {
            Report(parent.Position, $"{parent.Subject} is missing the '{key}' section; add {key}: with {example} below it");
            return null;
        }

        if (node is ScalarNode { IsNull: true })
        {
            Report(node.Start, $"{key} is empty; give {example} below it");
            return null;
        }

        return Section(node, key, section, parent.KeyPosition(key));
    }

    /// <summary>A required key whose value is one of <paramref name="values"/>: reports it missing, empty or unknown.</summary>
    public string? RequiredChoice(SectionView section, string key, IReadOnlyList<string> values, string example)
    {
        var node = section[key];
        if (node is null)
        {
            Report(section.Position, $"{section.Subject} is missing '{key}'; add {key}: {example}");
            return null;
        }

        if (node is ScalarNode { IsNull: true })
        {
            ReportEmpty(section, key, example);
            return null;
        }

        return Choice(node, section.PathOf(key), values);
    }

    /// <summary>Reports <paramref name="key"/> when it is given as the YAML null (the typed readers return null silently then).</summary>
    public void ReportIfNull(SectionView section, string key, string example)
    {
        if (section[key] is ScalarNode { IsNull: true })
        {
            ReportEmpty(section, key, example);
        }
    }

    private void ReportEmpty(SectionView section, string key, string example) =>
        Report(section[key]!.Start, $"{section.PathOf(key)} is empty; give a value, e.g. {key}: {example}");
}
