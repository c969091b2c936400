using System.Security.Cryptography;
using Marketplace.Release.Cli.Tests.Fixtures.FakeGitHub;
using Marketplace.Release.GitHub;
using Marketplace.Release.Resilience;

namespace Marketplace.Release.Cli.Tests.GitHub;

/// <summary>The Octokit-backed client against the fake GitHub API, below the pipeline.</summary>
[TestFixture]
internal sealed class OctokitGitHubReleasesTests
{
    private static readonly GitHubRepository Repository = GitHubRepository.Parse(GitHubWorkspace.Repository);
    private FakeGitHubServer gitHub = null!;
    private string folder = null!;
    private readonly List<string> waits = [];

    [SetUp]
    public async Task SetUp()
    {
        gitHub = await FakeGitHubServer.StartAsync();
        folder = Directory.CreateTempSubdirectory("mr-gh-").FullName;
    }

    [TearDown]
    public async Task TearDown()
    {
        Directory.Delete(folder, recursive: true);
        await gitHub.DisposeAsync();
    }

    [TestCase("")]
    [TestCase("/")]
    public async Task An_enterprise_api_url_with_or_without_the_trailing_slash_reads_the_release(string suffix)
    {
        gitHub.AddRelease(GitHubWorkspace.Repository, "v2.0.0", "notes", ("a.jar", [1, 2, 3]));
        using var client = Create(new Uri(gitHub.ApiUrl + suffix));

        var release = await client.GetReleaseAsync(Repository, "v2.0.0", CancellationToken.None);

        Assert.That(release.TagName, Is.EqualTo("v2.0.0"));
        Assert.That(release.Body, Is.EqualTo("notes"));
        Assert.That(release.Assets.Select(a => (a.Name, a.Size)), Is.EqualTo(new[] { ("a.jar", 3L) }));
    }

    [Test]
    public async Task A_download_is_streamed_to_the_file_and_hashed_on_the_way()
    {
        var content = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 17);
        var release = gitHub.AddRelease(GitHubWorkspace.Repository, "v1", string.Empty, ("big.jar", content));
        using var client = Create(gitHub.ApiUrl);
        var seen = new List<long>();
        var path = Path.Join(folder, "big.jar");

        var download = await client.DownloadAssetAsync(Asset(release.Assets[0]), path, 250L * 1024 * 1024, seen.Add, CancellationToken.None);

        Assert.That(await File.ReadAllBytesAsync(path), Is.EqualTo(content));
        Assert.That(download.Bytes, Is.EqualTo(content.Length));
        Assert.That(download.Checksum, Is.EqualTo("sha512:" + Convert.ToHexStringLower(SHA512.HashData(content))));
        Assert.That(seen, Has.Count.GreaterThan(1), "progress is told while the bytes arrive");
    }

    [Test]
    public async Task A_download_without_a_length_is_cut_off_as_soon_as_it_passes_the_limit()
    {
        var release = gitHub.AddRelease(GitHubWorkspace.Repository, "v1", string.Empty);
        var asset = new FakeAsset(5, "huge.jar", new byte[2 * 1024 * 1024], DeclaredSize: 100, Chunked: true);
        release.Assets.Add(asset);
        using var client = Create(gitHub.ApiUrl);
        long last = 0;

        var error = Assert.ThrowsAsync<GitHubAssetTooLargeException>(() =>
            client.DownloadAssetAsync(Asset(asset), Path.Join(folder, "huge.jar"), 1024 * 1024, bytes => last = bytes, CancellationToken.None))!;

        Assert.That(error.Bytes, Is.GreaterThan(1024 * 1024).And.LessThan(2 * 1024 * 1024));
        Assert.That(last, Is.LessThanOrEqualTo(1024 * 1024), "nothing past the limit is written");
    }

    [Test]
    public async Task The_release_body_is_updated_alone()
    {
        var release = gitHub.AddRelease(GitHubWorkspace.Repository, "v1", "old");
        using var client = Create(gitHub.ApiUrl);

        await client.UpdateReleaseBodyAsync(Repository, release.Id, "new body", CancellationToken.None);

        Assert.That(release.Body, Is.EqualTo("new body"));
        Assert.That(release.Name, Is.EqualTo("v1"));
    }

    [Test]
    public async Task A_rate_limit_past_the_budget_is_a_rate_limited_error_with_the_reset_time()
    {
        gitHub.AddRelease(GitHubWorkspace.Repository, "v1", "x");
        gitHub.RateLimitNext(10, TimeSpan.FromMinutes(30));
        using var client = Create(gitHub.ApiUrl, budget: TimeSpan.FromMinutes(1));

        var error = Assert.ThrowsAsync<GitHubException>(() => client.GetReleaseAsync(Repository, "v1", CancellationToken.None))!;

        Assert.That(error.Kind, Is.EqualTo(GitHubErrorKind.RateLimited));
        Assert.That(error.ResetAt, Is.EqualTo(DateTimeOffset.UtcNow.AddMinutes(30)).Within(TimeSpan.FromSeconds(5)));
        Assert.That(waits, Is.Empty, "no wait that could not end in time");
    }

    private OctokitGitHubReleases Create(Uri apiUrl, TimeSpan? budget = null) => new(
        new GitHubConnection(apiUrl, FakeGitHubServer.Token),
        new GitHubClientSettings(new RetryPolicy(1, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50), TimeProvider.System), budget ?? TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(10), waits.Add));

    private GitHubAsset Asset(FakeAsset asset) =>
        new(asset.Id, asset.Name, asset.Size, new Uri($"{gitHub.ApiUrl}/repos/{GitHubWorkspace.Repository}/releases/assets/{asset.Id}"));
}
