using System.Globalization;
using Marketplace.Release.GitHub;
using Marketplace.Release.Running;

namespace Marketplace.Release.Failures;

/// <summary>Turns a failed GitHub call into the one line of cause and fix, with the exit code of docs/marketplace-api.md § Exit codes.</summary>
internal static class GitHubFailures
{
    public const string TokenVariable = GitHubSettings.TokenVariable;

    public static ReleaseFailure Explain(GitHubException error, GitHubRepository repository, bool writing, ISettingNames names)
    {
        var said = error.GitHubMessage is { Length: > 0 } message ? $": {message}" : string.Empty;
        return error.Kind switch
        {
            GitHubErrorKind.Unauthorized => new(FailureKind.Authentication,
                $"GitHub refused {TokenVariable} ({error.Request} answered 401{said})",
                $"set {GitHubSettings.TokenName(names)} to a valid token with access to {repository}",
                null),
            GitHubErrorKind.Forbidden => new(FailureKind.Authentication,
                $"{TokenVariable} may not {(writing ? "update" : "read")} the releases of {repository} ({error.Request} answered 403{said})",
                writing
                    ? "give the token write access to the repository's contents (in a workflow: permissions: contents: write)"
                    : "give the token read access to the repository's contents (in a workflow: permissions: contents: read)",
                null),
            GitHubErrorKind.RateLimited => new(FailureKind.Transient,
                $"GitHub's API rate limit for {TokenVariable} is exhausted until {Reset(error.ResetAt)}, after the run's timeout ({error.Request} answered {error.Status})",
                $"re-run after {Reset(error.ResetAt)} (the release resumes where it stopped), raise {names[Setting.Timeout]} to wait it out, or use a token with a higher limit",
                null),
            GitHubErrorKind.Transient => new(FailureKind.Transient,
                $"GitHub kept failing ({error.Request}: {(error.Status is { } status ? status.ToString(CultureInfo.InvariantCulture) : "no response")}{said}) after the retries",
                "check GITHUB_API_URL and the network, then re-run: the release resumes where it stopped",
                null),
            _ => new(FailureKind.Refused,
                $"GitHub refused {error.Request} ({error.Status}{said})",
                "correct what GitHub's message names, then re-run",
                null),
        };
    }

    /// <summary>The manifest reads a GitHub release, but neither <c>github.repository</c> nor <c>GITHUB_REPOSITORY</c> names its repository.</summary>
    public static ReleaseFailure NoRepository { get; } = new(FailureKind.InvalidInput,
        $"the manifest reads a GitHub release but names no repository, and {GitHubSettings.RepositoryVariable} is not set",
        $"give github.repository: owner/name in the manifest, or set {GitHubSettings.RepositoryVariable}",
        null);

    /// <summary>The release is missing but the repository is visible: the tag names no (published) release.</summary>
    public static ReleaseFailure MissingRelease(GitHubRepository repository, string tag) => new(FailureKind.Refused,
        $"{repository} has no published GitHub release with the tag '{tag}'",
        "create and publish the release before this step (a draft release is not found by its tag), or correct github.release",
        null);

    /// <summary>Neither the release nor the repository is visible: GitHub answers 404 for a private repository the token cannot see.</summary>
    public static ReleaseFailure InvisibleRepository(GitHubRepository repository) => new(FailureKind.Authentication,
        $"the repository {repository} is not visible with {TokenVariable} (GitHub answered 404): it does not exist, or it is private and the token has no access to it",
        $"check github.repository (or {GitHubSettings.RepositoryVariable}); for a private repository use a token with read access to it (a workflow's own {TokenVariable} reaches only its own repository)",
        null);

    private static string Reset(DateTimeOffset? resetAt) =>
        resetAt is { } reset ? reset.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "an unknown time";
}
