using Marketplace.Release.Api;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Running;

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

    /// <summary>The repository <c>github.repository</c> defaults to (docs/manifest.md).</summary>
    public const string RepositoryVariable = "GITHUB_REPOSITORY";

    /// <summary><c>GITHUB_TOKEN</c>, and where the front end also takes the token (the Action's input), for a fix.</summary>
    public static string TokenName(ISettingNames names) => names[Setting.GitHubToken] is { } setting ? $"{TokenVariable} (or {setting})" : TokenVariable;

    /// <returns>The connection (null when the manifest reads nothing from GitHub), or null with <paramref name="problem"/> set.</returns>
    public static GitHubConnection? Read(IEnvironmentReader environment, ReleasePlan plan, ISettingNames names, out ReleaseFailure? problem)
    {
        problem = null;
        if (plan.GitHub is not { } spec)
        {
            return null;
        }

        var token = environment.Get(TokenVariable);
        if (string.IsNullOrWhiteSpace(token))
        {
            problem = ReleaseFailure.InvalidInput($"{TokenVariable} not set, but the manifest reads GitHub release {spec.Release}",
                $"set {TokenName(names)} to a token with access to the repository; nothing was sent");
            return null;
        }

        if (GitHubRepository.Of(spec, out var missing) is null)
        {
            problem = missing! with { Fix = $"{missing.Fix}; nothing was sent" };
            return null;
        }

        var text = environment.Get(ApiUrlVariable) is { Length: > 0 } given ? given.Trim() : GitHubConnection.DefaultApiUrl;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var apiUrl) || apiUrl.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(apiUrl.UserInfo))
        {
            problem = ReleaseFailure.InvalidInput($"{ApiUrlVariable} '{text}' is not an http(s) URL without credentials",
                $"use {GitHubConnection.DefaultApiUrl}, or https://HOST/api/v3 for GitHub Enterprise Server");
            return null;
        }

        // The token must not cross a network in clear: plain http only to this machine (a test server).
        if (apiUrl.Scheme == "http" && !BaseUrlPolicy.IsLoopback(apiUrl))
        {
            problem = ReleaseFailure.InvalidInput($"{ApiUrlVariable} '{text}' uses plain http to a non-loopback host", "use https");
            return null;
        }

        return new GitHubConnection(apiUrl, token.Trim());
    }
}
