using Marketplace.Release.Failures;

namespace Marketplace.Release.GitHub;

/// <summary>
/// Finds the GitHub release of a tag. GitHub answers 404 both for a missing release and for a repository the token
/// cannot see; one more read tells them apart, so the failure names the right fix. Other errors go to the engine.
/// </summary>
internal static class GitHubReleaseLookup
{
    public static async Task<GitHubRelease> FindAsync(IGitHubReleases gitHub, GitHubRepository repository, string tag, CancellationToken cancellationToken)
    {
        try
        {
            return await gitHub.GetReleaseAsync(repository, tag, cancellationToken);
        }
        catch (GitHubException missing) when (missing.Kind == GitHubErrorKind.NotFound)
        {
            var visible = await gitHub.RepositoryVisibleAsync(repository, cancellationToken);
            throw new ReleaseFailedException(visible ? GitHubFailures.MissingRelease(repository, tag) : GitHubFailures.InvisibleRepository(repository), missing);
        }
    }
}
