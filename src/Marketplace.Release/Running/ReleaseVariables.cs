using Marketplace.Release.GitHub;

namespace Marketplace.Release.Running;

/// <summary>The environment variables a release reads, named once for every front end.</summary>
public static class ReleaseVariables
{
    /// <summary>The Atlassian account e-mail.</summary>
    public const string User = "MARKETPLACE_USER";

    /// <summary>An API token of that account.</summary>
    public const string ApiToken = "MARKETPLACE_API_TOKEN";

    public const string BaseUrl = "MARKETPLACE_BASE_URL";

    /// <summary>The developer space id when the manifest has no <c>app.developerId</c> (presence sections, gates, report).</summary>
    public const string DeveloperId = "MARKETPLACE_DEVELOPER_ID";

    /// <summary>The token for GitHub releases (the <c>github:</c> section).</summary>
    public const string GitHubToken = GitHubSettings.TokenVariable;
}
