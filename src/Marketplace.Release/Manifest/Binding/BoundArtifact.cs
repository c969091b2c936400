namespace Marketplace.Release.Manifest.Binding;

/// <summary>Where the artifact comes from, as read.</summary>
/// <param name="Source">The local file or URL; null when <c>github.asset</c> gives the artifact or it is invalid.</param>
/// <param name="FileName">The file name the framework is inferred from; null when the source is invalid.</param>
/// <param name="HasSource">Whether any of <c>version.artifact</c>, <c>version.artifactUrl</c> and <c>github.asset</c> is given.</param>
internal sealed record BoundArtifact(ArtifactSource? Source, string? FileName, bool HasSource)
{
    public static BoundArtifact Invalid { get; } = new(null, null, true);

    public static BoundArtifact None { get; } = new(null, null, false);
}
