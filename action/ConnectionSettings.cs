using System.Net;
using Marketplace.Release.Api;
using Marketplace.Release.Hosting;

namespace Marketplace.Release.Cli;

/// <summary>
/// The Marketplace connection from the environment (MARKETPLACE_USER, MARKETPLACE_API_TOKEN,
/// MARKETPLACE_BASE_URL) and the front end's overrides, checked before anything is sent.
/// </summary>
internal static class ConnectionSettings
{
    public const string UserVariable = "MARKETPLACE_USER";
    public const string TokenVariable = "MARKETPLACE_API_TOKEN";
    public const string BaseUrlVariable = "MARKETPLACE_BASE_URL";

    /// <returns>The connection, or null with <paramref name="problem"/> set to a one-line cause and fix.</returns>
    public static MarketplaceConnection? Read(IEnvironmentReader environment, string? baseUrlOverride, out string? problem)
    {
        problem = null;
        var user = environment.Get(UserVariable);
        var token = environment.Get(TokenVariable);
        var baseText = NonEmpty(baseUrlOverride) ?? NonEmpty(environment.Get(BaseUrlVariable)) ?? MarketplaceConnection.DefaultBaseUrl;
        if (CheckBaseUrl(baseText, out problem) is not { } baseUrl)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrWhiteSpace(token))
        {
            var missing = string.Join(" and ", new[] { (UserVariable, user), (TokenVariable, token) }
                .Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1));
            problem = $"{missing} not set. Fix: set {UserVariable} to the Atlassian account e-mail and {TokenVariable} to an API token of that account (nothing was sent)";
            return null;
        }

        return new MarketplaceConnection(baseUrl, user.Trim(), token.Trim());
    }

    /// <summary>https anywhere; plain http only to a loopback host (the sandbox), so credentials never cross a network in clear.</summary>
    public static Uri? CheckBaseUrl(string text, out string? problem)
    {
        problem = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            problem = $"{BaseUrlVariable} '{text}' is not an http(s) URL. Fix: use {MarketplaceConnection.DefaultBaseUrl} or the sandbox's URL";
            return null;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            problem = $"{BaseUrlVariable} must not hold credentials. Fix: remove 'user:password@' and use {UserVariable} / {TokenVariable}";
            return null;
        }

        if (uri.Scheme == "http" && !IsLoopback(uri))
        {
            problem = $"{BaseUrlVariable} '{text}' uses plain http to a non-loopback host. Fix: use https (plain http is only for a sandbox on 127.0.0.1)";
            return null;
        }

        return uri;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
