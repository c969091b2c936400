using Marketplace.Release.Api;

namespace Marketplace.Release.Running;

/// <summary>
/// The one table of what a release uses when a front end gives nothing: every front end, help text and option
/// record reads its default here, so a default is written once.
/// </summary>
public static class ReleaseDefaults
{
    /// <summary>The manifest a front end reads when none is named, in its working directory.</summary>
    public const string ManifestFile = "marketplace-release.yml";

    /// <summary>The live Marketplace REST API (MARKETPLACE_BASE_URL and the front ends' base URL override it).</summary>
    public const string BaseUrl = MarketplaceConnection.DefaultBaseUrl;

    /// <summary>How long a release waits for artifact processing before it stops with exit 5 (a re-run resumes).</summary>
    public static TimeSpan WaitTimeout { get; } = TimeSpan.FromMinutes(15);

    /// <summary>The wait timeout as a help text writes it (<c>15m</c>).</summary>
    public static string WaitTimeoutText => DurationParser.Format(WaitTimeout);
}
