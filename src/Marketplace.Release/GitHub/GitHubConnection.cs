namespace Marketplace.Release.GitHub;

/// <summary>
/// Where and with which token to read GitHub releases: <c>GITHUB_API_URL</c> (api.github.com or a GitHub Enterprise
/// Server's <c>https://HOST/api/v3</c>) and <c>GITHUB_TOKEN</c>. <see cref="ToString"/> never shows the token.
/// </summary>
public sealed record GitHubConnection(Uri ApiUrl, string Token)
{
    public const string DefaultApiUrl = "https://api.github.com";

    public override string ToString() => ApiUrl.ToString();
}
