namespace Marketplace.Release.Api;

/// <summary>The Marketplace's documented upload limits, checked before anything is sent.</summary>
public static class MarketplaceLimits
{
    /// <summary>An artifact is at most 250 MB.</summary>
    public const long MaxArtifactBytes = 250L * 1024 * 1024;

    /// <summary>At least this long between two uploads from one account.</summary>
    public static readonly TimeSpan UploadSpacing = TimeSpan.FromSeconds(10);
}
