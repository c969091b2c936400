using Marketplace.Release.Api;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest;

namespace Marketplace.Release.GitHub;

/// <summary>
/// The GitHub connection (GITHUB_TOKEN, GITHUB_API_URL) for a manifest with a <c>github:</c> section, checked before
/// anything is sent: a missing token or repository is a usage error (exit 2), not a failed request. Every front end
/// reads it the same way from its environment.
/// </summary>
public static class GitHubSettings
{
    public const string TokenVariable = "GITHUB_TOKEN";
    public const string ApiUrlVariable = "GITHUB_API_URL";

    /// <returns>The connection (null when the manifest reads nothing from GitHub), or null with <paramref name="problem"/> set.</returns>
    public static GitHubConnection? Read(IEnvironmentReader environment, ReleasePlan plan, out string? problem)
    {
        problem = null;
        if (plan.GitHub is not { } spec)
        {
            return null;
        }

        var token = environment.Get(TokenVariable);
        if (string.IsNullOrWhiteSpace(token))
        {
            problem = $"{TokenVariable} not set, but the manifest reads GitHub release {spec.Release}. Fix: set {TokenVariable} to a token with access to the repository (in a workflow: the github-token input, default ${{{{ github.token }}}}); nothing was sent";
            return null;
        }

        if (GitHubRepository.Of(spec, out var missing) is null)
        {
            problem = $"{missing!.Line}; nothing was sent";
            return null;
        }

        var text = environment.Get(ApiUrlVariable) is { Length: > 0 } given ? given.Trim() : GitHubConnection.DefaultApiUrl;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var apiUrl) || apiUrl.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(apiUrl.UserInfo))
        {
            problem = $"{ApiUrlVariable} '{text}' is not an http(s) URL without credentials. Fix: use {GitHubConnection.DefaultApiUrl}, or https://HOST/api/v3 for GitHub Enterprise Server";
            return null;
        }

        // The token must not cross a network in clear: plain http only to this machine (a test server).
        if (apiUrl.Scheme == "http" && !BaseUrlPolicy.IsLoopback(apiUrl))
        {
            problem = $"{ApiUrlVariable} '{text}' uses plain http to a non-loopback host. Fix: use https";
            return null;
        }

        return new GitHubConnection(apiUrl, token.Trim());
    }
}
