namespace Marketplace.Release.GitHub;

/// <summary>
/// The little of GitHub the pipeline uses. Errors are <see cref="GitHubException"/>; rate limits that reset within
/// the run's timeout and transient failures are waited out and retried inside.
/// </summary>
internal interface IGitHubReleases : IDisposable
{
    /// <summary>The release with this tag and all its assets. A missing release is a <see cref="GitHubErrorKind.NotFound"/>.</summary>
    Task<GitHubRelease> GetReleaseAsync(GitHubRepository repository, string tag, CancellationToken cancellationToken);

    /// <summary>True when the repository is visible with the token (tells a missing release from an invisible repository).</summary>
    Task<bool> RepositoryVisibleAsync(GitHubRepository repository, CancellationToken cancellationToken);

    /// <summary>
    /// Streams the asset into a new file at <paramref name="path"/>, never holding it in memory, and stops as soon as
    /// it grows past <paramref name="maxBytes"/>.
    /// </summary>
    Task<GitHubDownload> DownloadAssetAsync(GitHubAsset asset, string path, long maxBytes, Action<long>? progress, CancellationToken cancellationToken);

    /// <summary>Replaces the release's body (a PATCH with the body alone).</summary>
    Task UpdateReleaseBodyAsync(GitHubRepository repository, long releaseId, string body, CancellationToken cancellationToken);
}
