using System.Globalization;
using System.Text;
using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Container.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using Marketplace.Sandbox;

namespace Marketplace.Release.Container.Tests.Docker;

/// <summary>
/// The image started exactly as GitHub's runner starts a container action (no arguments; INPUT_* with hyphens;
/// workspace and file-command folders mounted; --workdir set by the runner), publishing to the sandbox.
/// </summary>
[TestFixture]
internal sealed class GitHubActionContainerTests
{
    private SandboxServer sandbox = null!;
    private TempFolder workspace = null!;
    private TempFolder files = null!;

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await ContainerSandbox.StartAsync();
        workspace = TempFolder.Create("mr-gh-workspace-").WithExample();
        files = TempFolder.Create("mr-gh-files-");
    }

    [TearDown]
    public async Task TearDown()
    {
        workspace.Dispose();
        files.Dispose();
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task Publishes_and_writes_outputs_summary_and_masks_first()
    {
        var run = await RunAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ContainerSandbox.User}:{ContainerSandbox.Token}"));
        Assert.That(run.Lines[0], Is.EqualTo($"::add-mask::{ContainerSandbox.Token}"), run.ToString());
        Assert.That(run.Lines[1], Is.EqualTo($"::add-mask::{basic}"));

        var outputs = GitHubOutputReader.Parse(await File.ReadAllTextAsync(files.PathOf("output")));
        var result = ReleaseResultJson.Deserialize(outputs["result"])!;
        var appSoftwareId = sandbox.State.AppSoftwareId(ContainerSandbox.AppKey, "datacenter")!;
        Assert.Multiple(() =>
        {
            Assert.That(outputs.Keys, Is.EquivalentTo(new[]
            {
                "artifact-id", "app-software-id", "build-number", "version-number", "listing-state", "approval-status", "version-url", "changes", "result", "targets",
            }));
            Assert.That(outputs["version-number"], Is.EqualTo("1.4.0"));
            Assert.That(outputs["build-number"], Is.EqualTo(ContainerSandbox.Build.ToString(CultureInfo.InvariantCulture)));
            Assert.That(outputs["listing-state"], Is.EqualTo("PUBLIC"));
            Assert.That(outputs["app-software-id"], Is.EqualTo(appSoftwareId));
            Assert.That(outputs["artifact-id"], Is.EqualTo(result.ArtifactId).And.Not.Empty);
            Assert.That(result.Status, Is.EqualTo(ReleaseStatus.Published));
            Assert.That(result.ExitCode, Is.Zero);
        });

        var summary = await File.ReadAllTextAsync(files.PathOf("summary"));
        Assert.That(summary, Does.StartWith("### ✔ Marketplace release: published"));
        Assert.That(summary, Does.Match(@"\| verify \| ✔ done \| \d+ \|"));

        // One group per step: resolve … verify, update-version among them (issue 13).
        Assert.That(run.Lines.Count(l => l.StartsWith("::group::", StringComparison.Ordinal)), Is.EqualTo(10));
        Assert.That(run.Lines.Count(l => l == "::endgroup::"), Is.EqualTo(10));

        var listing = sandbox.State.Listing(appSoftwareId, ContainerSandbox.Build);
        Assert.That(listing?.State, Is.EqualTo("PUBLIC"));
        Assert.That(sandbox.State.Version(appSoftwareId, ContainerSandbox.Build)?.ArtifactId, Is.EqualTo(result.ArtifactId));
    }

    [Test]
    public async Task The_dry_run_input_plans_and_sends_only_reads()
    {
        var run = await RunAsync(("INPUT_DRY-RUN", "true"));

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(sandbox.Requests.Where(r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE"), Is.Empty);
        var outputs = GitHubOutputReader.Parse(await File.ReadAllTextAsync(files.PathOf("output")));
        Assert.That(ReleaseResultJson.Deserialize(outputs["result"])!.Status, Is.EqualTo(ReleaseStatus.Planned));
    }

    [Test]
    public async Task A_manifest_error_is_an_annotation_on_the_workspace_file_and_exit_2()
    {
        workspace.WithFile("marketplace-release.yml", "schema: 1\napp:\n  key: com.example.timesheets\n  hostng: datacenter\n");

        var run = await RunAsync();

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Lines, Has.Some.Match(@"^::error file=marketplace-release\.yml,line=4,col=3::.*hostng"), run.ToString());
        Assert.That(sandbox.Requests, Is.Empty);
    }

    [Test]
    public async Task A_refused_token_is_an_error_annotation_and_exit_3()
    {
        var run = await RunAsync(("INPUT_API-TOKEN", "wrong-token"));

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
        Assert.That(run.Lines[0], Is.EqualTo("::add-mask::wrong-token"));
        Assert.That(run.Lines, Has.Some.StartWith("::error title=resolve failed (exit 3)::"));
        var outputs = GitHubOutputReader.Parse(await File.ReadAllTextAsync(files.PathOf("output")));
        Assert.That(ReleaseResultJson.Deserialize(outputs["result"])!.ExitCode, Is.EqualTo(3));
    }

    private Task<ProcessResult> RunAsync(params (string Name, string Value)[] overrides)
    {
        var environment = new Dictionary<string, string>
        {
            ["INPUT_MANIFEST"] = "marketplace-release.yml",
            ["INPUT_USER"] = ContainerSandbox.User,
            ["INPUT_API-TOKEN"] = ContainerSandbox.Token,
            ["INPUT_BASE-URL"] = sandbox.BaseUrl.ToString(),
            ["INPUT_DRY-RUN"] = "false",
            ["INPUT_GITHUB-TOKEN"] = string.Empty,
            ["INPUT_TIMEOUT"] = string.Empty,
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_WORKSPACE"] = "/github/workspace",
            ["GITHUB_OUTPUT"] = "/github/file_commands/output",
            ["GITHUB_STEP_SUMMARY"] = "/github/file_commands/summary",
        };
        foreach (var (name, value) in overrides)
        {
            environment[name] = value;
        }

        // The runner creates both files before the step starts.
        File.WriteAllText(files.PathOf("output"), string.Empty);
        File.WriteAllText(files.PathOf("summary"), string.Empty);
        List<string> arguments = [.. ContainerImage.RunOptions];
        foreach (var (name, value) in environment)
        {
            arguments.AddRange(["-e", $"{name}={value}"]);
        }

        arguments.AddRange([
            "-v", $"{workspace.Path}:/github/workspace",
            "-v", $"{files.Path}:/github/file_commands",
            "--workdir", "/github/workspace",
            ContainerImage.Tag,
        ]);
        return DockerCli.RunAsync(arguments, TimeSpan.FromMinutes(3));
    }
}
