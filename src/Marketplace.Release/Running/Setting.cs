namespace Marketplace.Release.Running;

/// <summary>
/// A setting a user can give a release, named neutrally: each front end calls it its own way (a CLI flag, an Action
/// input, a pipe variable, a Cake property), through <see cref="ISettingNames"/>. The engine words a fix as "set
/// {names[Setting.Timeout]}" and never spells a front end's name itself.
/// </summary>
public enum Setting
{
    /// <summary>The Marketplace API base URL (besides <c>MARKETPLACE_BASE_URL</c>).</summary>
    BaseUrl,

    /// <summary>The Atlassian account e-mail, where a front end takes it besides <c>MARKETPLACE_USER</c>.</summary>
    User,

    /// <summary>The API token, where a front end takes it besides <c>MARKETPLACE_API_TOKEN</c>.</summary>
    ApiToken,

    /// <summary>The GitHub token, where a front end takes it besides <c>GITHUB_TOKEN</c>.</summary>
    GitHubToken,

    /// <summary>How long to wait for artifact processing.</summary>
    Timeout,

    /// <summary>Do not wait for artifact processing.</summary>
    NoWait,

    /// <summary>Log every HTTP request and response.</summary>
    Debug,

    /// <summary>Read-only calls only: a plan.</summary>
    DryRun,

    /// <summary>A plan exits 8 when anything would change.</summary>
    DetailedExitCode,

    /// <summary><c>init</c>: the app's key.</summary>
    AppKey,

    /// <summary><c>init</c>: the app's hosting.</summary>
    Hosting,

    /// <summary><c>init</c>: the developer space id (besides <c>MARKETPLACE_DEVELOPER_ID</c>).</summary>
    DeveloperId,

    /// <summary><c>init</c>: the file the manifest is written to.</summary>
    Output,
}
