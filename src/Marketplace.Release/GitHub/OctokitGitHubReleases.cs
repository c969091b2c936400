using Octokit;
using Octokit.Internal;

namespace Marketplace.Release.GitHub;

/// <summary>
/// GitHub releases through Octokit: the release by tag, its assets, the body update. The asset bytes are streamed
/// by <see cref="GitHubAssetDownloader"/>. Every call goes through one <see cref="GitHubCallRunner"/>, so rate
/// limits and transient failures are handled the same way everywhere.
/// </summary>
internal sealed class OctokitGitHubReleases : IGitHubReleases
{
    private readonly GitHubClient client;
    private readonly GitHubAssetDownloader downloader;
    private readonly GitHubCallRunner runner;
    private readonly GitHubClientSettings settings;

    public OctokitGitHubReleases(GitHubConnection connection, GitHubClientSettings settings)
    {
        this.settings = settings;

        // Octokit joins relative paths (repos/…) to the base, so the base must end with a slash:
        // https://api.github.com/ or, on GitHub Enterprise Server, https://HOST/api/v3/ (GITHUB_API_URL has no slash).
        var baseAddress = new Uri(connection.ApiUrl.ToString().TrimEnd('/') + "/");
        var octokit = new Connection(
            new ProductHeaderValue("marketplace-release", ThisAssembly.Version),
            baseAddress,
            new InMemoryCredentialStore(new Credentials(connection.Token, AuthenticationType.Bearer)));
        octokit.SetRequestTimeout(settings.AttemptTimeout);
        client = new GitHubClient(octokit);
        downloader = new GitHubAssetDownloader(connection, settings.AttemptTimeout);
        runner = new GitHubCallRunner(settings, (exception, request) => OctokitErrors.Translate(exception, request, settings.Time));
    }

    public async Task<GitHubRelease> GetReleaseAsync(GitHubRepository repository, string tag, CancellationToken cancellationToken)
    {
        var release = await runner.RunAsync(
            $"GET repos/{repository}/releases/tags/{tag}",
            token => client.Repository.Release.Get(repository.Owner, repository.Name, tag).WaitAsync(token),
            cancellationToken);
        var assets = await runner.RunAsync(
            $"GET repos/{repository}/releases/{release.Id}/assets",
            token => client.Repository.Release.GetAllAssets(repository.Owner, repository.Name, release.Id).WaitAsync(token),
            cancellationToken);
        return new GitHubRelease(
            release.Id,
            release.TagName,
            release.Name,
            release.Body ?? string.Empty,
            release.HtmlUrl,
            [.. assets.Select(a => new GitHubAsset(a.Id, a.Name, a.Size, new Uri(a.Url)))]);
    }

    public async Task<bool> RepositoryVisibleAsync(GitHubRepository repository, CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunAsync(
                $"GET repos/{repository}",
                token => client.Repository.Get(repository.Owner, repository.Name).WaitAsync(token),
                cancellationToken);
            return true;
        }
        catch (GitHubException notFound) when (notFound.Kind == GitHubErrorKind.NotFound)
        {
            return false;
        }
    }

    public Task<GitHubDownload> DownloadAssetAsync(GitHubAsset asset, string path, long maxBytes, Action<long>? progress, CancellationToken cancellationToken) =>
        runner.RunAsync(
            $"GET {asset.ApiUrl.AbsolutePath.TrimStart('/')}",
            token => downloader.DownloadAsync(asset, path, maxBytes, progress, settings.Time, token),
            cancellationToken);

    public Task UpdateReleaseBodyAsync(GitHubRepository repository, long releaseId, string body, CancellationToken cancellationToken) =>
        // Only the body is set: Octokit leaves the other (null) fields out of the PATCH, so nothing else changes.
        runner.RunAsync(
            $"PATCH repos/{repository}/releases/{releaseId}",
            token => client.Repository.Release.Edit(repository.Owner, repository.Name, releaseId, new ReleaseUpdate { Body = body }).WaitAsync(token),
            cancellationToken);

    public void Dispose() => downloader.Dispose();
}
