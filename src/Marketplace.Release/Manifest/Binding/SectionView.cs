using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>A mapping whose keys were checked against a <see cref="ManifestSection"/>; unknown keys are already reported.</summary>
internal sealed class SectionView(MappingNode node, ManifestSection definition, string path, SourcePosition position)
{
    private readonly Dictionary<string, MappingEntry> entries = node.Entries.ToDictionary(entry => entry.Key.Value, StringComparer.Ordinal);

    /// <summary>What the section is: its keys and, through <see cref="ManifestVocabulary.MaxLength"/>, their length caps.</summary>
    public ManifestSection Definition { get; } = definition;

    /// <summary>The dotted path of the section in messages, e.g. <c>version.compatibility[0]</c>; empty at the top level.</summary>
    public string Path { get; } = path;

    /// <summary>Where a missing key is reported: the section's own key, or the start of a list item.</summary>
    public SourcePosition Position { get; } = position;

    public ManifestNode? this[string key] => entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public bool Has(string key) => entries.ContainsKey(key);

    /// <summary>The position of the key itself (for "remove this key" messages); the section's position when absent.</summary>
    public SourcePosition KeyPosition(string key) => entries.TryGetValue(key, out var entry) ? entry.Key.Start : Position;

    /// <summary>The full dotted path of a key of this section, e.g. <c>version.number</c>.</summary>
    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>"version is missing", or "the manifest is missing" at the top level.</summary>
    public string Subject => Path.Length == 0 ? "the manifest" : Path;
}
