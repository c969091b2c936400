using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// Issue 12, end to end over loopback: connect (descriptor by artifactUrl), forge and external versions are created
/// with typed attributes, the Marketplace's build numbers are taken from the 201's Location, and each is created
/// exactly once across re-runs and lost responses.
/// </summary>
[TestFixture]
internal sealed class FrameworkPublishTests
{
    private SandboxHost sandbox = null!;

    [SetUp]
    public async Task SetUp() => sandbox = await SandboxHost.StartAsync();

    [TearDown]
    public async Task TearDown() => await sandbox.DisposeAsync();

    [TestCase("connect")]
    [TestCase("forge")]
    [TestCase("external")]
    public async Task A_version_of_each_framework_is_published_once_and_a_rerun_changes_nothing(string framework)
    {
        using var workspace = FrameworkWorkspaces.Create(framework);

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);
        var mutations = sandbox.Mutations.Count;
        var rerun = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var version = Single(framework);
        Assert.Multiple(() =>
        {
            Assert.That(run.Result!.Status, Is.EqualTo(ReleaseStatus.Published));
            Assert.That(run.Result.BuildNumber, Is.EqualTo(version.BuildNumber), "the result carries the build number the Marketplace holds");
            Assert.That(run.Result.VersionNumber, Is.EqualTo(version.VersionNumber));
            Assert.That(run.Result.VersionUrl, Does.EndWith($"/versions/{version.BuildNumber}"));
            Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, version.BuildNumber)!.State, Is.EqualTo("PUBLIC"));
            Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
            Assert.That(rerun.Result!.BuildNumber, Is.EqualTo(version.BuildNumber));
            Assert.That(sandbox.VersionCreates, Has.Count.EqualTo(1));
        });
        if (framework == "connect")
        {
            // The descriptor behind the URL may have changed since: a re-run asks the Marketplace to fetch it again,
            // and its sha512 finds the version made from it. That fetch is all it sends.
            Assert.That(rerun.Result!.Changes, Has.Count.EqualTo(1).And.Some.StartsWith("ask the Marketplace to fetch"));
            Assert.That(sandbox.Mutations.Skip(mutations).Select(r => r.PathAndQuery), Is.EqualTo(new[] { "/marketplace/rest/3/artifacts/fetch" }));
        }
        else
        {
            Assert.That(rerun.Result!.Status, Is.EqualTo(ReleaseStatus.Unchanged));
            Assert.That(sandbox.Mutations, Has.Count.EqualTo(mutations), "the re-run sent no POST or PUT");
        }
    }

    [TestCase("connect")]
    [TestCase("forge")]
    [TestCase("external")]
    public async Task Plan_sends_nothing_and_says_the_version_would_be_created(string framework)
    {
        using var workspace = FrameworkWorkspaces.Create(framework);

        var run = await CliRunner.RunAsync(sandbox, workspace, ["plan"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(sandbox.Mutations, Is.Empty);
        Assert.That(run.Result!.Status, Is.EqualTo(ReleaseStatus.Planned));
        Assert.That(run.Result.Changes, Has.Some.StartsWith("create version"));
        Assert.That(run.Result.BuildNumber, framework == "external" ? Is.EqualTo(100500000) : Is.Null, "no build number until the Marketplace assigns one");
    }

    [Test]
    public async Task A_connect_version_takes_both_numbers_from_the_Marketplace_and_points_at_the_fetched_descriptor()
    {
        using var workspace = FrameworkWorkspaces.Create("connect");

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var version = Single("connect");
        Assert.That(version.VersionNumber, Is.EqualTo($"1.0.{version.BuildNumber}"));
        var descriptor = sandbox.State.Artifact(version.FrameworkAttributes!["descriptorId"]!.GetValue<string>());
        Assert.That(descriptor, Is.Not.Null);
        Assert.That(version.FrameworkAttributes["scopes"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { "READ", "WRITE" }));
        Assert.That(run.Out, Does.Contain($"1.0.{version.BuildNumber}"));
        Assert.That(run.Out, Does.Contain("Publishing com.example.timesheets (version number assigned by the Marketplace) (build assigned by the Marketplace"));
        Assert.That(run.Out, Does.Contain($"published com.example.timesheets 1.0.{version.BuildNumber}"));
        Assert.That(run.Result!.VersionNumber, Is.EqualTo($"1.0.{version.BuildNumber}"), "the result file carries the assigned version number");
        Assert.That(run.Result.BuildNumber, Is.EqualTo(version.BuildNumber));
    }

    [Test]
    public async Task A_connect_manifest_that_gives_a_version_number_is_refused_at_its_line_and_nothing_is_sent()
    {
        using var workspace = WorkspaceBuilder.Create().WithManifest(FrameworkWorkspaces.Manifest("connect").Replace("version:\n", "version:\n  number: 2.0.0\n", StringComparison.Ordinal));

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.All, Does.Contain("marketplace-release.yml:6:3: version.number: the Marketplace assigns connect's version number"));
        Assert.That(sandbox.Mutations, Is.Empty);
    }

    [Test]
    public async Task A_connect_version_from_a_local_descriptor_is_found_again_by_its_sha512_without_a_second_upload()
    {
        using var workspace = WorkspaceBuilder.Create()
            .WithFile("atlassian-connect.json", """{"key":"com.example.timesheets","baseUrl":"https://timesheets.example.com","scopes":["READ","WRITE"]}""")
            .WithManifest(FrameworkWorkspaces.Manifest("connect").Replace(
                "artifactUrl: https://timesheets.example.com/releases/1.5.0/atlassian-connect.json", "artifact: atlassian-connect.json", StringComparison.Ordinal));

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);
        var mutations = sandbox.Mutations.Count;
        var rerun = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
        Assert.That(rerun.Result!.Status, Is.EqualTo(ReleaseStatus.Unchanged));
        Assert.That(sandbox.Mutations, Has.Count.EqualTo(mutations), "the re-run uploaded or created nothing");
        Assert.That(rerun.Result.BuildNumber, Is.EqualTo(Single("connect").BuildNumber));
    }

    [Test]
    public async Task Forge_and_external_attributes_keep_their_yaml_types()
    {
        using var forge = FrameworkWorkspaces.Create("forge");
        // Another version number: 1.5.0 is the forge version's now.
        using var external = WorkspaceBuilder.Create().WithManifest(FrameworkWorkspaces.Manifest("external").Replace("number: 1.5.0", "number: 1.5.1", StringComparison.Ordinal));

        var forgeRun = await CliRunner.RunAsync(sandbox, forge, ["publish"]);
        var externalRun = await CliRunner.RunAsync(sandbox, external, ["publish"]);

        Assert.That(forgeRun.ExitCode, Is.Zero, forgeRun.ToString());
        Assert.That(externalRun.ExitCode, Is.Zero, externalRun.ToString());
        var forgeAttributes = Single("forge").FrameworkAttributes!;
        Assert.That(forgeAttributes["versionId"]!.GetValue<string>(), Is.EqualTo(FrameworkWorkspaces.ForgeVersionId));
        Assert.That(forgeAttributes["appAccess"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { "jira" }));
        Assert.That(Single("external").FrameworkAttributes!["authorization"]!.GetValue<bool>(), Is.True);
    }

    [TestCase("connect")]
    [TestCase("forge")]
    [TestCase("external")]
    public async Task A_lost_answer_to_the_version_create_is_found_again_and_not_created_twice(string framework)
    {
        using var workspace = FrameworkWorkspaces.Create(framework);
        sandbox.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/rest/3/app-software/*/versions", Kind = FaultKind.PerformThenDrop });

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var version = Single(framework);
        Assert.That(sandbox.VersionCreates, Has.Count.EqualTo(1));
        Assert.That(run.Result!.BuildNumber, Is.EqualTo(version.BuildNumber));
        Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, version.BuildNumber)!.State, Is.EqualTo("PUBLIC"));
    }

    [TestCase("connect")]
    [TestCase("forge")]
    public async Task A_rerun_after_a_failure_past_the_version_create_finishes_the_release_on_the_same_version(string framework)
    {
        using var workspace = FrameworkWorkspaces.Create(framework);
        sandbox.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/rest/3/app-software/*/versions/*/listing", StatusCode = 503, Times = 0 });
        var failed = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);
        sandbox.Server.Faults.Clear();

        var rerun = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(failed.ExitCode, Is.EqualTo(6), failed.ToString());
        Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
        var version = Single(framework);
        Assert.That(sandbox.VersionCreates, Has.Count.EqualTo(1));
        Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, version.BuildNumber)!.State, Is.EqualTo("PUBLIC"));
    }

    private SandboxVersion Single(string framework) =>
        sandbox.State.Versions(sandbox.AppSoftwareId).Single(v => v.FrameworkId == framework);
}
