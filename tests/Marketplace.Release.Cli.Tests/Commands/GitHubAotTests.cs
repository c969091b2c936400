using System.Diagnostics;
using System.Security.Cryptography;
using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Cli.Tests.Fixtures.FakeGitHub;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// The Native AOT binary against the fake GitHub API and the sandbox: proves that Octokit's reflection-based JSON
/// survives trimming and AOT compilation (a release is read, its asset downloaded, its body updated, and Octokit's
/// error responses are parsed). Runs when MARKETPLACE_RELEASE_AOT_BINARY names the published binary
/// (<c>tests/aot/smoke.sh</c> publishes it and runs these); otherwise it is skipped.
/// </summary>
[TestFixture]
[NonParallelizable]
internal sealed class GitHubAotTests
{
    private const string BinaryVariable = "MARKETPLACE_RELEASE_AOT_BINARY";
    private SandboxHost sandbox = null!;
    private FakeGitHubServer gitHub = null!;
    private WorkspaceBuilder workspace = null!;
    private string binary = null!;

    [SetUp]
    public async Task SetUp()
    {
        var path = Environment.GetEnvironmentVariable(BinaryVariable);
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            Assert.Ignore($"{BinaryVariable} is not set to a published AOT binary; tests/aot/smoke.sh runs these tests");
        }

        binary = path!;
        sandbox = await SandboxHost.StartAsync();
        gitHub = await FakeGitHubServer.StartAsync();
        workspace = WorkspaceBuilder.Create().WithExample();
        workspace.WithManifest(GitHubWorkspace.Manifest());
    }

    [TearDown]
    public async Task TearDown()
    {
        if (sandbox is null)
        {
            return;
        }

        workspace.Dispose();
        await gitHub.DisposeAsync();
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task The_AOT_binary_reads_the_release_downloads_the_asset_and_links_back_once()
    {
        var jar = WorkspaceBuilder.PluginJarBytes();
        var release = gitHub.AddRelease(GitHubWorkspace.Repository, "v1.4.0", "## What's new\n\n- Faster [exports](https://example.com)", ("timesheets-1.4.0.jar", jar));

        var (exitCode, output) = await RunAsync("publish");
        var (rerunExitCode, rerunOutput) = await RunAsync("publish");

        var version = sandbox.State.Version(sandbox.AppSoftwareId, 100400000);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(version?.ReleaseNotes, Is.EqualTo("## What's new\n\n- Faster [exports](https://example.com)"), output);
            Assert.That(sandbox.State.Artifact(version?.ArtifactId ?? string.Empty)?.Checksum, Is.EqualTo("sha512:" + Convert.ToHexStringLower(SHA512.HashData(jar))).IgnoreCase);
            Assert.That(release.Body, Does.Contain("marketplace-release:link"));
            Assert.That(rerunExitCode, Is.Zero, rerunOutput);
            Assert.That(rerunOutput, Does.Contain("nothing to do"));
            Assert.That(release.Updates, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task The_AOT_binary_explains_a_missing_release_and_a_wrong_token()
    {
        gitHub.AddRepository(GitHubWorkspace.Repository);

        var (missingExit, missingOutput) = await RunAsync("publish");
        var (tokenExit, tokenOutput) = await RunAsync("publish", "ghp_wrong");

        Assert.Multiple(() =>
        {
            Assert.That(missingExit, Is.EqualTo(4), missingOutput);
            Assert.That(missingOutput, Does.Contain("has no published GitHub release with the tag 'v1.4.0'"));
            Assert.That(tokenExit, Is.EqualTo(3), tokenOutput);
            Assert.That(tokenOutput, Does.Contain("Bad credentials"));
        });
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string command, string token = FakeGitHubServer.Token)
    {
        var start = new ProcessStartInfo(binary, [command])
        {
            WorkingDirectory = workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear();
        start.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH");
        start.Environment["HOME"] = workspace.Root;
        start.Environment["MARKETPLACE_USER"] = SandboxHost.User;
        start.Environment["MARKETPLACE_API_TOKEN"] = SandboxHost.Token;
        start.Environment["MARKETPLACE_BASE_URL"] = sandbox.Server.BaseUrl.ToString();
        start.Environment["GITHUB_TOKEN"] = token;
        start.Environment["GITHUB_API_URL"] = gitHub.ApiUrl.ToString();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
