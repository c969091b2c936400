using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary><c>marketplace-release init</c> end to end: it writes the live app's manifest, and plan on it changes nothing.</summary>
[TestFixture]
internal sealed class InitCommandTests
{
    /// <summary>The default seed's developer space of com.example.timesheets.</summary>
    private const string DeveloperId = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f";

    [Test]
    public async Task Init_then_plan_reports_nothing_to_change()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        using var workspace = WorkspaceBuilder.Create();

        var init = await CliRunner.RunAsync(sandbox, workspace, ["init", "--app-key", SandboxHost.ExampleAppKey, "--hosting", "datacenter", "--output", "marketplace-release.yml"]);
        var plan = await CliRunner.RunAsync(sandbox, workspace, ["plan"]);

        Assert.That(init.ExitCode, Is.Zero, init.ToString());
        Assert.That(init.Out, Does.Contain("✔ wrote the manifest of version 1.3.0 (build 100300000) to " + workspace.ManifestPath));
        Assert.That(plan.ExitCode, Is.Zero, plan.ToString());
        Assert.That(plan.Result!.Status, Is.EqualTo(ReleaseStatus.Planned));
        Assert.That(plan.Result.Changes, Is.Empty, File.ReadAllText(workspace.ManifestPath));
        Assert.That(plan.Out, Does.Contain("✔ plan: nothing would change for com.example.timesheets 1.3.0"));
        Assert.That(sandbox.Mutations, Is.Empty);
    }

    [Test]
    public async Task With_a_developer_id_init_writes_the_presence_sections_and_plan_still_changes_nothing()
    {
        // The default seed's app listing and migration record, plus live privacy answers (docs/marketplace-api.md § Presence sections).
        await using var sandbox = await SandboxHost.StartAsync(seed => seed.Apps[0].PrivacySecurityLive =
            System.Text.Json.Nodes.JsonNode.Parse("""{"commonCloud": {"logDetails": {"logEndUserData": true}}}""")!.AsObject());
        using var workspace = WorkspaceBuilder.Create();

        var init = await CliRunner.RunAsync(sandbox, workspace,
            ["init", "--app-key", SandboxHost.ExampleAppKey, "--hosting", "datacenter", "--developer-id", DeveloperId, "--output", "marketplace-release.yml"]);
        var plan = await CliRunner.RunAsync(sandbox, workspace, ["plan", "--detailed-exitcode"]);

        var manifest = File.ReadAllText(workspace.ManifestPath);
        Assert.That(init.ExitCode, Is.Zero, init.ToString());
        Assert.That(manifest, Does.Contain($"  developerId: {DeveloperId}\n")
            .And.Contain("appListing:").And.Contain("  name: Timesheets for Jira\n").And.Contain("  tagline: Timesheets your team will fill in\n")
            .And.Contain("    categories: [time-tracking]\n").And.Contain("    issueTracker: https://example.com/timesheets/issues\n")
            .And.Contain("cloudMigration:").And.Contain("  migrationPath: unknown\n")
            .And.Contain("privacySecurity:\n  file: privacy-and-security.yml"));
        Assert.That(File.ReadAllText(workspace.PathOf("privacy-and-security.yml")), Does.Contain("\"logEndUserData\": true").And.Not.Contain("properties"),
            "init wrote the GET's read-only properties into the privacy file");
        Assert.That(init.Out, Does.Contain("and the privacy and security answers to " + workspace.PathOf("privacy-and-security.yml")));
        Assert.That(plan.ExitCode, Is.Zero, plan.ToString() + manifest);
        Assert.That(plan.Result!.Changes, Is.Empty, manifest);
        Assert.That(sandbox.Mutations, Is.Empty);
    }

    [Test]
    public async Task The_developer_id_from_the_environment_works_and_without_output_the_privacy_section_is_a_comment()
    {
        await using var sandbox = await SandboxHost.StartAsync(seed => seed.Apps[0].PrivacySecurityLive =
            System.Text.Json.Nodes.JsonNode.Parse("""{"commonCloud": {"logDetails": {"logEndUserData": true}}}""")!.AsObject());
        using var workspace = WorkspaceBuilder.Create();

        var init = await CliRunner.RunAsync(sandbox, workspace, ["init", "--app-key", SandboxHost.ExampleAppKey, "--hosting", "datacenter"],
            new Dictionary<string, string?> { ["MARKETPLACE_DEVELOPER_ID"] = DeveloperId });

        Assert.That(init.ExitCode, Is.Zero, init.ToString());
        Assert.That(init.Out, Does.Contain("appListing:").And.Contain("cloudMigration:")
            .And.Contain("# privacySecurity: the live privacy and security answers exist; run init with --output").And.Not.Contain("\nprivacySecurity:"));
    }

    [Test]
    public async Task Without_output_the_manifest_alone_goes_to_stdout()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        using var workspace = WorkspaceBuilder.Create();

        var init = await CliRunner.RunAsync(sandbox, workspace, ["init", "--app-key", SandboxHost.ExampleAppKey, "--hosting", "datacenter"]);

        Assert.That(init.ExitCode, Is.Zero, init.ToString());
        Assert.That(init.Out, Does.StartWith("# Written by `marketplace-release init").And.Contain("\nschema: 1\n"));
        Assert.That(init.Out, Does.Contain("under targets: (docs/manifest.md)"), "init tells where several versions per release go");
        Assert.That(init.Error, Does.Contain("✔ wrote the manifest of version 1.3.0"));
    }

    [Test]
    public async Task An_existing_file_is_never_overwritten_and_a_bad_hosting_is_a_usage_error()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        using var workspace = WorkspaceBuilder.Create().WithManifest("# mine\n");

        var existing = await CliRunner.RunAsync(sandbox, workspace, ["init", "--app-key", SandboxHost.ExampleAppKey, "--hosting", "datacenter", "--output", "marketplace-release.yml"]);
        var hosting = await CliRunner.RunAsync(sandbox, workspace, ["init", "--app-key", SandboxHost.ExampleAppKey, "--hosting", "dc"]);

        Assert.That(existing.ExitCode, Is.EqualTo(2), existing.ToString());
        Assert.That(existing.Out, Does.Contain("exists. Fix: choose another --output"));
        Assert.That(File.ReadAllText(workspace.ManifestPath), Is.EqualTo("# mine\n"));
        Assert.That(hosting.ExitCode, Is.EqualTo(2), hosting.ToString());
        Assert.That(hosting.Out, Does.Contain("--hosting 'dc' is not a hosting"));
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }

    [Test]
    public async Task A_developer_id_that_is_not_a_uuid_is_a_usage_error_and_nothing_is_sent()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        using var workspace = WorkspaceBuilder.Create();

        var init = await CliRunner.RunAsync(sandbox, workspace, ["init", "--app-key", SandboxHost.ExampleAppKey, "--hosting", "datacenter"],
            new Dictionary<string, string?> { ["MARKETPLACE_DEVELOPER_ID"] = "acme" });

        Assert.That(init.ExitCode, Is.EqualTo(2), init.ToString());
        Assert.That(init.All, Does.Contain("the developer id 'acme'").And.Contain("is not a UUID").And.Contain("Fix:"));
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }

    [Test]
    public async Task A_secret_in_an_init_input_is_masked_as_in_every_command()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        using var workspace = WorkspaceBuilder.Create();

        // The API token pasted where the developer id belongs: the session's mask covers init's own messages too.
        var init = await CliRunner.RunAsync(sandbox, workspace, ["init", "--app-key", SandboxHost.ExampleAppKey, "--hosting", "datacenter", "--developer-id", SandboxHost.Token]);

        Assert.That(init.ExitCode, Is.EqualTo(2), init.ToString());
        Assert.That(init.All, Does.Contain("the developer id '***' (--developer-id or MARKETPLACE_DEVELOPER_ID) is not a UUID").And.Not.Contain(SandboxHost.Token));
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }

    [Test]
    public async Task An_unknown_app_is_exit_4_naming_the_fix()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        using var workspace = WorkspaceBuilder.Create();

        var init = await CliRunner.RunAsync(sandbox, workspace, ["init", "--app-key", "com.example.none", "--hosting", "datacenter"]);

        Assert.That(init.ExitCode, Is.EqualTo(4), init.ToString());
        Assert.That(init.All, Does.Contain("no app with the key 'com.example.none'").And.Contain("Fix:"));
    }
}
