using System.Globalization;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// Reads typed values out of the node tree. Every reader reports its own problems at the node's position and
/// returns null for "absent or invalid", so callers carry on and the user sees every problem in one run.
/// Scalars are interpolated first and then checked as if the result had been written literally.
/// </summary>
internal sealed partial class ValueReader(EnvironmentInterpolator interpolator, ManifestDiagnosticBag diagnostics)
{
    public ManifestDiagnosticBag Diagnostics { get; } = diagnostics;

    public void Report(SourcePosition position, string message) => Diagnostics.Add(position, message);

    /// <summary>Opens a mapping as a section; reports a wrong node kind and every unknown key.</summary>
    public SectionView? Section(ManifestNode? node, string path, ManifestSection section, SourcePosition position)
    {
        if (node is null || node is ScalarNode { IsNull: true })
        {
            return null;
        }

        if (node is not MappingNode mapping)
        {
            Report(node.Start, $"{Name(path)} must be a mapping (key: value lines), not {node.KindDescription}; indent its keys below it");
            return null;
        }

        foreach (var entry in mapping.Entries)
        {
            if (!section.Keys.Contains(entry.Key.Value, StringComparer.Ordinal))
            {
                Report(entry.Key.Start, UnknownKeyMessage(entry.Key.Value, section));
            }
        }

        return new SectionView(mapping, section, path, position);
    }

    /// <summary>A list; reports a wrong node kind and more than <paramref name="maxItems"/> items.</summary>
    public SequenceNode? List(ManifestNode? node, string path, int maxItems = ManifestLimits.MaxListItems)
    {
        if (node is null || node is ScalarNode { IsNull: true })
        {
            return null;
        }

        if (node is not SequenceNode sequence)
        {
            Report(node.Start, $"{path} must be a list (lines starting with '- '), not {node.KindDescription}");
            return null;
        }

        if (sequence.Items.Count > maxItems)
        {
            Report(sequence.Items[maxItems].Start, $"{path} has {sequence.Items.Count} entries; at most {maxItems} are allowed, remove the rest");
            return null;
        }

        return sequence;
    }

    /// <summary>A text value, interpolated; null when absent, YAML null, or invalid (reported).</summary>
    public string? Text(ManifestNode? node, string path, int maxLength = ManifestLimits.MaxShortTextChars)
    {
        var scalar = Scalar(node, path);
        if (scalar is null)
        {
            return null;
        }

        var value = interpolator.Interpolate(scalar);
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            Report(scalar.Start, $"{path} is {value.Length} characters long; at most {maxLength} are allowed, shorten it");
            return null;
        }

        if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Report(scalar.Start, $"{path} holds a control character; remove it");
            return null;
        }

        return value;
    }

    /// <summary>A text value of a section, capped at the length the vocabulary gives its key.</summary>
    public string? Text(SectionView section, string key) =>
        Text(section[key], section.PathOf(key), ManifestVocabulary.MaxLength(section.Definition, key));

    /// <summary>A full http(s) URL (a link shown to users or documentation); reports anything else.</summary>
    public string? WebLink(SectionView section, string key)
    {
        var value = Text(section, key);
        if (value is null || UrlRules.WebUrl(value) is not null)
        {
            return value;
        }

        Report(section[key]!.Start, $"{section.PathOf(key)} '{value}' is not a web address; give a full URL starting with https://");
        return null;
    }

    /// <summary>A list of short texts (tags, keywords); null when absent or invalid (reported).</summary>
    public List<string>? TextList(SectionView section, string key)
    {
        var list = List(section[key], section.PathOf(key));
        if (list is null)
        {
            return null;
        }

        var items = new List<string>();
        var valid = true;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"{section.PathOf(key)}[{i}]";
            var item = Text(list.Items[i], path);
            if (item is null || item.Trim().Length == 0)
            {
                if (item is not null || list.Items[i] is ScalarNode { IsNull: true })
                {
                    Report(list.Items[i].Start, $"{path} is empty; give a value or remove the entry");
                }

                valid = false;
                continue;
            }

            items.Add(item);
        }

        return valid ? items : null;
    }

    /// <summary>One of <paramref name="values"/>; a near miss gets a suggestion.</summary>
    public string? Choice(ManifestNode? node, string path, IReadOnlyList<string> values)
    {
        var value = Text(node, path);
        if (value is null)
        {
            return null;
        }

        if (values.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        var suggestion = KeySuggester.Suggest(value, values);
        var hint = suggestion is null ? "" : $"; did you mean '{suggestion}'?";
        Report(node!.Start, $"{path} must be one of {string.Join(", ", values)}, not '{value}'{hint}");
        return null;
    }

    /// <summary>true or false (also True/TRUE/False/FALSE, as YAML 1.2 reads them).</summary>
    public bool? Boolean(ManifestNode? node, string path)
    {
        var value = Text(node, path);
        switch (value)
        {
            case null:
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                Report(node!.Start, $"{path} must be true or false, not '{value}'");
                return null;
        }
    }

    /// <summary>A whole number from 1 up to <see cref="VersionNumbers.MaxBuildNumber"/>.</summary>
    public long? PositiveInteger(ManifestNode? node, string path)
    {
        var value = Text(node, path);
        if (value is null)
        {
            return null;
        }

        return ParsePositiveInteger(value) ?? ReportNotPositive(node!, path, value);
    }

    internal static long? ParsePositiveInteger(string value) =>
        value.Length is > 0 and <= 16
        && value.All(char.IsAsciiDigit)
        && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && number is > 0 and <= VersionNumbers.MaxBuildNumber
            ? number
            : null;

    private long? ReportNotPositive(ManifestNode node, string path, string value)
    {
        Report(node.Start, $"{path} must be a whole number from 1 to {VersionNumbers.MaxBuildNumber}, not '{value}'");
        return null;
    }

    private ScalarNode? Scalar(ManifestNode? node, string path)
    {
        switch (node)
        {
            case null:
                return null;
            case ScalarNode { IsNull: true }:
                return null;
            case ScalarNode scalar:
                return scalar;
            default:
                Report(node.Start, $"{path} must be a single value, not {node.KindDescription}");
                return null;
        }
    }

    private static string Name(string path) => path.Length == 0 ? "the manifest" : path;

    private static string UnknownKeyMessage(string key, ManifestSection section)
    {
        var where = section.SchemaDefinition.Length == 0 ? "at the top level" : $"in {section.DisplayName}";
        var suggestion = KeySuggester.Suggest(key, section.Keys);
        if (suggestion is not null)
        {
            return $"unknown key '{key}' {where}; did you mean '{suggestion}'?";
        }

        var home = ManifestVocabulary.AllKeys.FirstOrDefault(known => known.Key == key && known.Section != section).Section;
        if (home is not null)
        {
            return $"unknown key '{key}' {where}; it belongs in {home.DisplayName}, move it there";
        }

        return $"unknown key '{key}' {where}; the keys here are {string.Join(", ", section.Keys)}";
    }
}
