namespace Marketplace.Release.Api;

/// <summary>Timeouts and retries of the Marketplace client.</summary>
public sealed record MarketplaceClientOptions
{
    /// <summary>How long one attempt of a read or a small write may take.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt of an artifact upload may take (250 MB over a slow link).</summary>
    public TimeSpan UploadAttemptTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long one logical request may take, all its retries included.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries after the first attempt, for transient failures (429, 5xx, network, timeouts).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first retry delay; later ones grow exponentially, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The Marketplace's minimum spacing between two uploads from one account.</summary>
    public TimeSpan UploadSpacing { get; init; } = MarketplaceLimits.UploadSpacing;

    /// <summary>The Marketplace's artifact size limit (250 MB).</summary>
    public long MaxArtifactBytes { get; init; } = MarketplaceLimits.MaxArtifactBytes;
}
