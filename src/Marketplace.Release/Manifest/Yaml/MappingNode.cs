namespace Marketplace.Release.Manifest.Yaml;

/// <summary>A YAML mapping; keys are unique (the reader reports duplicates and keeps the first).</summary>
internal sealed class MappingNode(SourcePosition start, IReadOnlyList<MappingEntry> entries) : ManifestNode(start)
{
    public IReadOnlyList<MappingEntry> Entries { get; } = entries;

    public override string KindDescription => "a mapping (key: value lines)";
}
