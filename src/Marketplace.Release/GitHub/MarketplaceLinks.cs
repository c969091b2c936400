using Marketplace.Release.Api;

namespace Marketplace.Release.GitHub;

/// <summary>Where the link back points.</summary>
internal static class MarketplaceLinks
{
    /// <summary>
    /// On the Atlassian Marketplace, the app's public page (<c>/plugins/{key}</c> leads to it, with its version
    /// history); the Marketplace has no stable public address per version. Against any other base URL (a sandbox)
    /// the version's API URL, the only address there is.
    /// </summary>
    public static Uri ForVersion(MarketplaceConnection connection, string appKey, string? versionUrl)
    {
        var official = string.Equals(connection.BaseUrl.Host, new Uri(MarketplaceConnection.DefaultBaseUrl).Host, StringComparison.OrdinalIgnoreCase);
        return official || versionUrl is null
            ? new Uri($"https://marketplace.atlassian.com/plugins/{Uri.EscapeDataString(appKey)}")
            : new Uri(versionUrl);
    }
}
