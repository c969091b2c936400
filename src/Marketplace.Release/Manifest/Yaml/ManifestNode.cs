namespace Marketplace.Release.Manifest.Yaml;

/// <summary>
/// A node of the manifest's YAML tree. The tree is built from YamlDotNet's parser events (no reflection, so it is
/// Native AOT safe) and keeps the position of every node, which the typed deserializers throw away.
/// </summary>
internal abstract class ManifestNode(SourcePosition start)
{
    public SourcePosition Start { get; } = start;

    /// <summary>How the node is named in error messages: "a text value", "a list", "a mapping".</summary>
    public abstract string KindDescription { get; }
}
