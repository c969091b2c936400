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

    /// <summary>https anywhere; plain http only to a loopback host (the sandbox): the engine's one rule for every front end.</summary>
    public static Uri? CheckBaseUrl(string text, out string? problem) => BaseUrlPolicy.Check(text, BaseUrlVariable, out problem);

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
