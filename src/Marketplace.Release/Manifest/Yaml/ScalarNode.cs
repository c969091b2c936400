using YamlDotNet.Core;

namespace Marketplace.Release.Manifest.Yaml;

/// <summary>A scalar as written; interpolation happens later, when a value is read for a known key.</summary>
internal sealed class ScalarNode(SourcePosition start, long endIndex, string value, ScalarStyle style) : ManifestNode(start)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    /// <summary>Offset just past the scalar's source text; with <see cref="ManifestNode.Start"/> it delimits the raw text.</summary>
    public long EndIndex { get; } = endIndex;

    /// <summary>A plain <c>null</c>, <c>~</c> or nothing at all: the YAML null, which the manifest reads as "not given".</summary>
    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindDescription => "a single value";
}
