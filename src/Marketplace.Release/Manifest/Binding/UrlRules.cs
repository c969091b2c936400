using Marketplace.Release.Api;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>What the manifest accepts as a URL.</summary>
internal static class UrlRules
{
    /// <summary>An absolute http or https URL with a host.</summary>
    public static Uri? WebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
            ? uri
            : null;

    /// <summary>
    /// https, or plain http only to this machine (a local sandbox or test server): anything else would let the
    /// artifact be swapped on its way to the Marketplace.
    /// </summary>
    public static bool IsSecureOrLoopback(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && BaseUrlPolicy.IsLoopback(uri));
}
