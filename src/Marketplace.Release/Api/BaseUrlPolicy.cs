using System.Net;
using Marketplace.Release.Failures;

namespace Marketplace.Release.Api;

/// <summary>
/// Which Marketplace base URLs a front end may send credentials to: https anywhere, plain http only to a
/// loopback host (the sandbox), never a URL that carries credentials of its own. One rule for every front end.
/// </summary>
public static class BaseUrlPolicy
{
    /// <param name="text">The URL as the user wrote it.</param>
    /// <param name="source">What the user set, for the message: an environment variable or a setting's name.</param>
    /// <param name="problem">Set to the cause and fix when the URL is refused.</param>
    /// <returns>The URL, or null when it is refused.</returns>
    public static Uri? Check(string text, string source, out ReleaseFailure? problem)
    {
        problem = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            problem = ReleaseFailure.InvalidInput($"{source} '{text}' is not an http(s) URL", $"use {MarketplaceConnection.DefaultBaseUrl} or the sandbox's URL");
            return null;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            problem = ReleaseFailure.InvalidInput($"{source} must not hold credentials", "remove 'user:password@' and give the user and API token separately");
            return null;
        }

        if (uri.Scheme == "http" && !IsLoopback(uri))
        {
            problem = ReleaseFailure.InvalidInput($"{source} '{text}' uses plain http to a non-loopback host", "use https (plain http is only for a sandbox on 127.0.0.1)");
            return null;
        }

        return uri;
    }

    /// <summary>
    /// The loopback rule of every URL a secret or a file may travel to over plain http: <c>localhost</c>
    /// (<see cref="Uri.IsLoopback"/> includes it), 127.0.0.0/8 and ::1.
    /// </summary>
    internal static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
