using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Cli.Tests.Fixtures.FakeGitHub;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// Issue 20 with GitHub: one release for the run, each target's artifact its own asset of it (<c>github.asset</c> per
/// target), and the link back listing every target's version once, also after a re-run.
/// </summary>
[TestFixture]
internal sealed class TargetsGitHubTests
{
    private SandboxHost sandbox = null!;
    private FakeGitHubServer gitHub = null!;
    private WorkspaceBuilder workspace = null!;

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await SandboxHost.StartAsync();
        gitHub = await FakeGitHubServer.StartAsync();
        workspace = TargetsWorkspaces.DataCenterPair().WithManifest(TargetsWorkspaces.DataCenterPairManifest
            .Replace("      artifact: target/timesheets-2.1.0-jira10.jar\n", string.Empty, StringComparison.Ordinal)
            .Replace("      artifact: target/timesheets-3.1.0-jira11.jar\n", string.Empty, StringComparison.Ordinal)
            .Replace("  - name: jira10\n", "  - name: jira10\n    github: {asset: timesheets-*-jira10.jar}\n", StringComparison.Ordinal)
            .Replace("  - name: jira11\n", "  - name: jira11\n    github: {asset: timesheets-*-jira11.jar}\n", StringComparison.Ordinal)
            + $"github:\n  repository: {GitHubWorkspace.Repository}\n  release: v3.1.0\n  linkBack: true\n");
    }

    [TearDown]
    public async Task TearDown()
    {
        workspace.Dispose();
        await gitHub.DisposeAsync();
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task Each_target_takes_its_own_asset_and_the_release_links_to_every_version_once()
    {
        var release = gitHub.AddRelease(GitHubWorkspace.Repository, "v3.1.0", "## Notes\n",
            ("timesheets-2.1.0-jira10.jar", WorkspaceBuilder.PluginJarBytes(version: "2.1.0")),
            ("timesheets-3.1.0-jira11.jar", WorkspaceBuilder.PluginJarBytes(version: "3.1.0")));

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"], GitHubWorkspace.Environment(gitHub));
        var rerun = await CliRunner.RunAsync(sandbox, workspace, ["publish"], GitHubWorkspace.Environment(gitHub));

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var jira10 = sandbox.State.Version(sandbox.AppSoftwareId, TargetsWorkspaces.Jira10Build)!;
        var jira11 = sandbox.State.Version(sandbox.AppSoftwareId, TargetsWorkspaces.Jira11Build)!;
        var links = release.Body.Split('\n').Where(l => l.Contains("marketplace-release:link", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sandbox.State.Artifact(jira10.ArtifactId!)!.FileName, Is.EqualTo("timesheets-2.1.0-jira10.jar"));
            Assert.That(sandbox.State.Artifact(jira11.ArtifactId!)!.FileName, Is.EqualTo("timesheets-3.1.0-jira11.jar"));
            Assert.That(links, Has.Count.EqualTo(2));
            Assert.That(links[0], Does.Contain("com.example.timesheets 2.1.0").And.Contain($"/versions/{TargetsWorkspaces.Jira10Build}"));
            Assert.That(links[1], Does.Contain("com.example.timesheets 3.1.0").And.Contain($"/versions/{TargetsWorkspaces.Jira11Build}"));
            Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
            Assert.That(rerun.Result!.Status, Is.EqualTo(ReleaseStatus.Unchanged));
            Assert.That(release.Updates, Is.EqualTo(2), "one body update per target, none on the re-run");
        });
    }
}
