namespace Marketplace.Release.Manifest.Yaml;

/// <summary>A 1-based line and column in the manifest, plus the character offset used to find text inside a scalar.</summary>
internal readonly record struct SourcePosition(int Line, int Column, long Index)
{
    public static SourcePosition Start { get; } = new(1, 1, 0);
}
