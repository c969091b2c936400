using System.Text.Json.Nodes;
using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// Issue 12: what the live Marketplace would refuse, or accept wrongly, is stopped before anything is created: an
/// artifact of another plugin or version (exit 4), a version number another build already has (exit 7); and an
/// instruction the GET shows as <c>"screenshot": {}</c> is never sent back that way.
/// </summary>
[TestFixture]
internal sealed class ReleaseGuardTests
{
    private SandboxHost sandbox = null!;

    [TearDown]
    public async Task TearDown() => await sandbox.DisposeAsync();

    [TestCase("com.example.other", "1.4.0", "is the plugin com.example.other, not com.example.timesheets", "set app.key: com.example.other", TestName = "An artifact of another plugin exits 4 and creates nothing")]
    [TestCase("com.example.timesheets", "1.4.1", "is version 1.4.1 of com.example.timesheets, but version.number is 1.4.0", "set version.number: 1.4.1", TestName = "An artifact of another version exits 4 and creates nothing")]
    public async Task An_artifact_whose_details_are_not_the_manifest_s_is_refused_right_after_the_upload(string key, string version, string cause, string fix)
    {
        sandbox = await SandboxHost.StartAsync();
        using var workspace = WorkspaceBuilder.Create().WithExample().WithPluginJar("target/timesheets-1.4.0.jar", key, version);

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);
        var rerun = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.EqualTo(4), run.ToString());
        Assert.That(run.Out, Does.Contain(cause).And.Contain(fix));
        Assert.That(rerun.ExitCode, Is.EqualTo(4), "a re-run does not reuse the refused upload: " + rerun);
        Assert.That(sandbox.VersionCreates, Is.Empty);
        Assert.That(sandbox.RequestsTo("POST", "/rest/3/app-software"), Is.Empty, "no version, no listing");
    }

    [Test]
    public async Task A_version_number_another_build_already_has_is_a_conflict_before_anything_is_sent()
    {
        sandbox = await SandboxHost.StartAsync();
        // The seed holds 1.3.0 as build 100300000; the same number under another build would be a second "1.3.0".
        using var workspace = WorkspaceBuilder.Create().WithExample();
        workspace.WithManifest(File.ReadAllText(workspace.ManifestPath).Replace("build: from-version", "build: 42", StringComparison.Ordinal));

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"], new Dictionary<string, string?> { ["VERSION"] = "1.3.0" });

        Assert.That(run.ExitCode, Is.EqualTo(7), run.ToString());
        Assert.That(run.Out, Does.Contain("version 1.3.0 is already build 100300000").And.Contain("bump version.number").And.Contain("version.build: 100300000"));
        Assert.That(sandbox.Mutations, Is.Empty, "nothing uploaded, nothing created");
    }

    [Test]
    public async Task A_forge_version_number_another_version_has_is_a_conflict()
    {
        sandbox = await SandboxHost.StartAsync();
        using var workspace = WorkspaceBuilder.Create().WithManifest(FrameworkWorkspaces.Manifest("forge").Replace("number: 1.5.0", "number: 1.3.0", StringComparison.Ordinal));

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.EqualTo(7), run.ToString());
        Assert.That(run.Out, Does.Contain("version 1.3.0 is already build 100300000").And.Contain("bump version.number"));
        Assert.That(sandbox.Mutations, Is.Empty);
    }

    [Test]
    public async Task A_rerun_with_other_framework_attributes_is_a_conflict_not_a_silent_success()
    {
        sandbox = await SandboxHost.StartAsync();
        using var workspace = FrameworkWorkspaces.Create("external");
        var first = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);
        workspace.WithManifest(FrameworkWorkspaces.Manifest("external").Replace("authorization: true", "authorization: false", StringComparison.Ordinal));

        var rerun = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(rerun.ExitCode, Is.EqualTo(7), rerun.ToString());
        Assert.That(rerun.Out, Does.Contain("frameworkAttributes.authorization (live true, manifest false)"));
    }

    [Test]
    public async Task An_inherited_instruction_without_a_screenshot_is_sent_without_one()
    {
        // 1.3.0's listing gets an instruction without a screenshot, which its GET shows as "screenshot": {}.
        sandbox = await SandboxHost.StartAsync(seed => seed.Apps[0].Software.Single(s => s.Hosting == "datacenter").Versions[0].Listing!["deploymentInstructions"] =
            new JsonArray(new JsonObject { ["body"] = "Install it from the Marketplace" }));
        using var workspace = WorkspaceBuilder.Create().WithExample();

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var listing = sandbox.State.Listing(sandbox.AppSoftwareId, 100400000)!;
        Assert.That(listing.State, Is.EqualTo("PUBLIC"));
        // The sandbox refuses "screenshot": {} on every write (as the reference's required imageId reads), so the listing
        // POST and the publish PUT both left it out; its GET shows the instruction in the reference's own form again.
        var instructions = listing.Json["deploymentInstructions"]!.AsArray();
        Assert.That(instructions.Select(i => i!["body"]!.GetValue<string>()), Is.EqualTo(new[] { "Install it from the Marketplace" }));
    }
}
