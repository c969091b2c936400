using System.Text.Json.Nodes;
using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// Issue 20 end to end over loopback: one manifest, one command, one version per target, each with its own artifact,
/// compatibility and release notes; a re-run sends no write; a failure in the second target is finished by a re-run;
/// <c>--target</c> selects.
/// </summary>
[TestFixture]
internal sealed class TargetsPublishTests
{
    private SandboxHost sandbox = null!;

    [SetUp]
    public async Task SetUp() => sandbox = await SandboxHost.StartAsync(TargetsWorkspaces.AddCloudSoftware);

    [TearDown]
    public async Task TearDown() => await sandbox.DisposeAsync();

    [Test]
    public async Task A_javax_and_a_jakarta_build_publish_from_one_manifest_and_a_rerun_sends_no_write()
    {
        using var workspace = TargetsWorkspaces.DataCenterPair();

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);
        var mutations = sandbox.Mutations.Count;
        var rerun = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var jira10 = sandbox.State.Version(sandbox.AppSoftwareId, TargetsWorkspaces.Jira10Build)!;
        var jira11 = sandbox.State.Version(sandbox.AppSoftwareId, TargetsWorkspaces.Jira11Build)!;
        Assert.Multiple(() =>
        {
            Assert.That(jira10.VersionNumber, Is.EqualTo("2.1.0"));
            Assert.That(jira11.VersionNumber, Is.EqualTo("3.1.0"));
            Assert.That(jira10.ArtifactId, Is.Not.Null.And.Not.EqualTo(jira11.ArtifactId), "each version has its own artifact");
            Assert.That(jira10.Compatibilities.Single().MaxBuildNumber, Is.EqualTo(10030003));
            Assert.That(jira11.Compatibilities.Single().MinBuildNumber, Is.EqualTo(10040001));
            Assert.That(jira10.ReleaseNotes, Does.Contain("Javax build"));
            Assert.That(jira11.ReleaseNotes, Does.Contain("Jakarta build"));
            Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, TargetsWorkspaces.Jira10Build)!.State, Is.EqualTo("PUBLIC"));
            Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, TargetsWorkspaces.Jira11Build)!.State, Is.EqualTo("PUBLIC"));
            Assert.That(sandbox.VersionCreates, Has.Count.EqualTo(2));

            var result = run.Result!;
            Assert.That(result.Status, Is.EqualTo(ReleaseStatus.Published));
            Assert.That(result.Targets!.Select(t => (t.Name, t.Status, t.VersionNumber, t.BuildNumber)), Is.EqualTo(new[]
            {
                ("jira10", ReleaseStatus.Published, "2.1.0", (long?)TargetsWorkspaces.Jira10Build),
                ("jira11", ReleaseStatus.Published, "3.1.0", (long?)TargetsWorkspaces.Jira11Build),
            }));
            Assert.That(result.Targets!.Select(t => t.ArtifactId), Is.EqualTo(new[] { jira10.ArtifactId, jira11.ArtifactId }));
            Assert.That(result.VersionNumber, Is.EqualTo("3.1.0"), "the scalar fields describe the last target run");
            Assert.That(run.Out, Does.Contain("▶ target jira10 (1/2)").And.Contain("▶ target jira11 (2/2)"));

            Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
            Assert.That(rerun.Result!.Status, Is.EqualTo(ReleaseStatus.Unchanged));
            Assert.That(rerun.Result.Targets!.Select(t => t.Status), Is.All.EqualTo(ReleaseStatus.Unchanged));
            Assert.That(sandbox.Mutations, Has.Count.EqualTo(mutations), "the re-run sent no POST or PUT");
        });
        var file = JsonNode.Parse(ReleaseResultJson.Serialize(run.Result!))!;
        Assert.That(file["targets"]!.AsArray().Select(t => (string?)t!["name"]), Is.EqualTo(new[] { "jira10", "jira11" }));
        Assert.That(file["targets"]![0]!["steps"]!.AsArray(), Is.Not.Empty);
    }

    [Test]
    public async Task A_data_center_plugin_and_a_forge_cloud_app_publish_to_their_own_app_software()
    {
        using var workspace = TargetsWorkspaces.DataCenterAndCloud();

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);
        var mutations = sandbox.Mutations.Count;
        var rerun = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var dataCenter = sandbox.State.Versions(sandbox.AppSoftwareId).Where(v => v.VersionNumber == "3.1.0").ToList();
        var cloud = sandbox.State.Versions(TargetsWorkspaces.CloudAppSoftwareId).Where(v => v.VersionNumber == "3.1.0").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(dataCenter, Has.Count.EqualTo(1));
            Assert.That(cloud, Has.Count.EqualTo(1));
            Assert.That(cloud[0].FrameworkId, Is.EqualTo("forge"));
            Assert.That(dataCenter[0].FrameworkId, Is.EqualTo("plugin"));
            Assert.That(run.Result!.Targets!.Select(t => (t.Name, t.Hosting, t.AppSoftwareId)), Is.EqualTo(new[]
            {
                ("datacenter", "datacenter", sandbox.AppSoftwareId),
                ("cloud", "cloud", TargetsWorkspaces.CloudAppSoftwareId),
            }));
            Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
            Assert.That(rerun.Result!.Status, Is.EqualTo(ReleaseStatus.Unchanged));
            Assert.That(sandbox.Mutations, Has.Count.EqualTo(mutations), "the re-run sent no POST or PUT");
        });
    }

    [Test]
    public async Task A_failure_in_the_second_target_stops_the_run_and_a_rerun_finishes_with_one_version_per_target()
    {
        using var workspace = TargetsWorkspaces.DataCenterPair();
        // The first version create goes through (jira10); the second (jira11) is refused once.
        sandbox.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/rest/3/app-software/*/versions", Kind = FaultKind.Status, StatusCode = 400, After = 1 });

        var failed = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);
        var rerun = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.Multiple(() =>
        {
            Assert.That(failed.ExitCode, Is.EqualTo(4), failed.ToString());
            Assert.That(failed.Result!.Status, Is.EqualTo(ReleaseStatus.Failed));
            Assert.That(failed.Result.Error, Does.StartWith("target jira11: "));
            Assert.That(failed.Result.Targets!.Select(t => (t.Name, t.Status)), Is.EqualTo(new[] { ("jira10", ReleaseStatus.Published), ("jira11", ReleaseStatus.Failed) }));
            Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
            Assert.That(rerun.Result!.Targets!.Select(t => (t.Name, t.Status)), Is.EqualTo(new[] { ("jira10", ReleaseStatus.Unchanged), ("jira11", ReleaseStatus.Published) }));
            Assert.That(sandbox.State.Versions(sandbox.AppSoftwareId).Select(v => v.VersionNumber).Where(n => n is "2.1.0" or "3.1.0"), Is.EquivalentTo(new[] { "2.1.0", "3.1.0" }));
        });
    }

    [Test]
    public async Task Target_runs_only_the_named_target_and_an_unknown_name_is_exit_2_with_nothing_sent()
    {
        using var workspace = TargetsWorkspaces.DataCenterPair();

        var unknown = await CliRunner.RunAsync(sandbox, workspace, ["publish", "--target", "jira12"]);
        var requestsAfterUnknown = sandbox.Server.Requests.Count;
        var selected = await CliRunner.RunAsync(sandbox, workspace, ["publish", "--target", "jira11"]);

        Assert.Multiple(() =>
        {
            Assert.That(unknown.ExitCode, Is.EqualTo(2), unknown.ToString());
            Assert.That(unknown.Out, Does.Contain("unknown target 'jira12'").And.Contain("jira10, jira11"));
            Assert.That(requestsAfterUnknown, Is.Zero, "nothing was sent");
            Assert.That(selected.ExitCode, Is.Zero, selected.ToString());
            Assert.That(selected.Result!.Targets!.Select(t => t.Name), Is.EqualTo(new[] { "jira11" }));
            Assert.That(sandbox.State.Version(sandbox.AppSoftwareId, TargetsWorkspaces.Jira10Build), Is.Null);
            Assert.That(sandbox.State.Version(sandbox.AppSoftwareId, TargetsWorkspaces.Jira11Build), Is.Not.Null);
        });
    }

    [Test]
    public async Task Plan_covers_every_target_and_the_detailed_exit_code_counts_their_changes()
    {
        using var workspace = TargetsWorkspaces.DataCenterPair();

        var plan = await CliRunner.RunAsync(sandbox, workspace, ["plan", "--detailed-exitcode"]);

        Assert.Multiple(() =>
        {
            Assert.That(plan.ExitCode, Is.EqualTo(8), plan.ToString());
            Assert.That(sandbox.Mutations, Is.Empty);
            Assert.That(plan.Result!.Status, Is.EqualTo(ReleaseStatus.Planned));
            Assert.That(plan.Result.Changes, Has.Some.StartsWith("jira10: create version").And.Some.StartsWith("jira11: create version"));
            Assert.That(plan.Result.Targets!.Select(t => t.Status), Is.All.EqualTo(ReleaseStatus.Planned));
        });
    }

    [Test]
    public async Task The_app_s_presence_sections_run_once_after_the_last_target()
    {
        using var workspace = TargetsWorkspaces.DataCenterPair();
        workspace.WithManifest(TargetsWorkspaces.DataCenterPairManifest + """
            cloudMigration:
              assistantCompatibility: 3.1.0
              migrationPath: automated
              migrationDocumentation: https://example.com/timesheets/migrate

            """);
        var developerSpace = new Dictionary<string, string?> { ["MARKETPLACE_DEVELOPER_ID"] = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f" };

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"], developerSpace);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var targets = run.Result!.Targets!;
        Assert.Multiple(() =>
        {
            Assert.That(targets[0].Steps.Select(s => s.Name), Has.None.EqualTo("cloud-migration").And.None.EqualTo("resolve-product"));
            Assert.That(targets[1].Steps.Single(s => s.Name == "cloud-migration").Outcome, Is.EqualTo(StepEnding.Done));
            Assert.That(sandbox.RequestsTo("PATCH", "/rest/3/cloud-migration-compatibility/"), Has.Count.EqualTo(1), "one write of the migration record for the whole run");
        });
    }

    [Test]
    public async Task Validate_describes_every_target()
    {
        using var workspace = TargetsWorkspaces.DataCenterPair();

        var run = await CliRunner.RunAsync(sandbox, workspace, ["validate"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain("2 targets: jira10 datacenter 2.1.0 (build 200100000); jira11 datacenter 3.1.0 (build 300100000)"));
    }

    [Test]
    public async Task A_gate_covers_every_target_s_compatibility_together()
    {
        // Last week's seeded jira installs: 930 of 1,000 on 9.12.0–10.3.3 (jira10), 70 on 10.4.1 (jira11). A gate of
        // 95 % fails either target alone; the release as a whole covers 100 %.
        using var workspace = TargetsWorkspaces.DataCenterPair();
        File.AppendAllText(workspace.ManifestPath, "\ngates:\n  installCoverage: 95%\n");
        var developerSpace = new Dictionary<string, string?> { ["MARKETPLACE_DEVELOPER_ID"] = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f" };

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"], developerSpace);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var gates = run.Result!.Steps.Where(step => step.Name.EndsWith("/" + StepNames.InstallCoverageGate, StringComparison.Ordinal)).ToList();
        Assert.That(gates.Select(step => step.Name), Is.EqualTo(new[] { "jira10/" + StepNames.InstallCoverageGate }), "checked once, before the first target's writes");
        Assert.That(gates[0].Detail, Does.Contain("installCoverage 95 % met: 100.0 %"));
        Assert.That(sandbox.VersionCreates, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_gate_not_met_by_the_targets_together_stops_the_release_before_any_write()
    {
        using var workspace = TargetsWorkspaces.DataCenterPair();
        File.WriteAllText(workspace.ManifestPath, File.ReadAllText(workspace.ManifestPath).Replace("min: 10.4.1, max: latest", "min: 10.4.1, max: 10.4.1", StringComparison.Ordinal)
            .Replace("min: 9.12.0, max: 10.3.3", "min: 10.0.0, max: 10.3.3", StringComparison.Ordinal) + "\ngates:\n  installCoverage: 90%\n");
        var developerSpace = new Dictionary<string, string?> { ["MARKETPLACE_DEVELOPER_ID"] = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f" };

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"], developerSpace);

        Assert.That(run.ExitCode, Is.EqualTo(9), run.ToString());
        Assert.That(run.Result!.Error, Does.Contain("a release gate is not met; nothing was sent").And.Contain("88.0 %").And.Contain("Jira 9.12.0"));
        Assert.That(sandbox.Mutations.Select(request => request.PathAndQuery), Has.All.Contains("/partner-metrics/"), "only the gate's query was sent");
    }
}
