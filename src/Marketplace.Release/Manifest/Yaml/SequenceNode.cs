namespace Marketplace.Release.Manifest.Yaml;

internal sealed class SequenceNode(SourcePosition start, IReadOnlyList<ManifestNode> items) : ManifestNode(start)
{
    public IReadOnlyList<ManifestNode> Items { get; } = items;

    public override string KindDescription => "a list";
}
