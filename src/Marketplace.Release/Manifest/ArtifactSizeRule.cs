using Marketplace.Release.Api;

namespace Marketplace.Release.Manifest;

/// <summary>
/// The Marketplace's artifact size rule (<see cref="MarketplaceLimits.MaxArtifactBytes"/>) in one place: the manifest
/// checks a local artifact with it at <c>validate</c>, and the upload and the GitHub asset download can check theirs
/// with it before anything is sent.
/// </summary>
internal static class ArtifactSizeRule
{
    /// <summary>The largest artifact the Marketplace takes, in bytes.</summary>
    public const long MaxBytes = MarketplaceLimits.MaxArtifactBytes;

    /// <summary>True when <paramref name="bytes"/> is over <paramref name="limit"/> (the Marketplace's limit unless a test lowers it).</summary>
    public static bool IsTooLarge(long bytes, long limit = MaxBytes) => bytes > limit;
}
