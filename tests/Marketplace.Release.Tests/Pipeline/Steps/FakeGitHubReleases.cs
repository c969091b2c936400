using Marketplace.Release.GitHub;

namespace Marketplace.Release.Tests.Pipeline.Steps;

/// <summary>GitHub for the step tests of github-release and github-link-back: one release, its body rewritable; calls recorded.</summary>
internal sealed class FakeGitHubReleases(GitHubRelease release) : IGitHubReleases
{
    public GitHubRelease Release { get; private set; } = release;

    public List<string> Calls { get; } = [];

    public Task<GitHubRelease> GetReleaseAsync(GitHubRepository repository, string tag, CancellationToken cancellationToken)
    {
        Calls.Add($"GET release {tag}");
        return Task.FromResult(Release);
    }

    public Task<bool> RepositoryVisibleAsync(GitHubRepository repository, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<GitHubDownload> DownloadAssetAsync(GitHubAsset asset, string path, long maxBytes, Action<long>? progress, CancellationToken cancellationToken) =>
        throw new NotSupportedException("no asset in these tests");

    public Task UpdateReleaseBodyAsync(GitHubRepository repository, long releaseId, string body, CancellationToken cancellationToken)
    {
        Calls.Add($"PATCH release {releaseId}");
        Release = Release with { Body = body };
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }
}
