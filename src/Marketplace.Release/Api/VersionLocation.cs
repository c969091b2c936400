using System.Globalization;

namespace Marketplace.Release.Api;

/// <summary>
/// Reads the build number out of the <c>Location</c> of a created version:
/// <c>…/rest/3/app-software/{appSoftwareId}/versions/{buildNumber}</c>. The header may be absolute or relative to
/// the base (docs/marketplace-api.md § Relative links: "Hrefs and Location headers may be relative to the base; resolve them against
/// it"), so <c>/rest/3/…</c> is read below the base path (<c>/marketplace</c>), never below the host's root.
/// </summary>
internal static class VersionLocation
{
    /// <returns>The build number; null when the location names no version of <paramref name="appSoftwareId"/>.</returns>
    public static long? BuildNumberOf(Uri? location, Uri baseAddress, string appSoftwareId)
    {
        if (location is null || Resolve(location, baseAddress) is not { } resolved)
        {
            return null;
        }

        var segments = resolved.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString)
            .ToArray();
        // Read from the end: whatever the base path is, the last four segments are app-software/{id}/versions/{build}.
        if (segments is [.., "app-software", var id, "versions", var build]
            && string.Equals(id, appSoftwareId, StringComparison.OrdinalIgnoreCase)
            && long.TryParse(build, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number > 0)
        {
            return number;
        }

        return null;
    }

    /// <summary>The location as an absolute URI below the base; null when it is not a URI the client can read.</summary>
    public static Uri? Resolve(Uri location, Uri baseAddress)
    {
        if (location.IsAbsoluteUri)
        {
            return location.Scheme is "http" or "https" ? location : null;
        }

        var root = new Uri(baseAddress.ToString().TrimEnd('/') + "/");
        return Uri.TryCreate(root, location.OriginalString.TrimStart('/'), out var resolved) ? resolved : null;
    }
}
