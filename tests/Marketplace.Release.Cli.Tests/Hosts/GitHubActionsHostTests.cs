using System.Text;
using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Hosts;

/// <summary>
/// The CLI as GitHub's runner starts the container action: no arguments, inputs as INPUT_* variables (upper case,
/// hyphens kept), GITHUB_WORKSPACE, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY; in-process against the sandbox.
/// </summary>
[TestFixture]
internal sealed class GitHubActionsHostTests
{
    private const long Build = 100400000;
    private SandboxHost sandbox = null!;
    private WorkspaceBuilder workspace = null!;
    private string files = null!;
    private string elsewhere = null!;

    private string OutputFile => Path.Join(files, "output");

    private string SummaryFile => Path.Join(files, "summary");

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await SandboxHost.StartAsync();
        workspace = WorkspaceBuilder.Create().WithExample();
        files = Directory.CreateTempSubdirectory("mr-gh-files-").FullName;
        // The process's working directory is not the workspace: the image sets no WORKDIR.
        elsewhere = Directory.CreateTempSubdirectory("mr-gh-cwd-").FullName;
    }

    [TearDown]
    public async Task TearDown()
    {
        workspace.Dispose();
        Directory.Delete(files, recursive: true);
        Directory.Delete(elsewhere, recursive: true);
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task Without_arguments_it_publishes_from_the_inputs_and_writes_outputs_and_summary()
    {
        var run = await RunAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, Build)?.State, Is.EqualTo("PUBLIC"));
        var outputs = GitHubOutputReader.Parse(await File.ReadAllTextAsync(OutputFile));
        Assert.That(outputs.Keys, Is.EquivalentTo(new[]
        {
            "artifact-id", "app-software-id", "build-number", "version-number", "listing-state", "approval-status", "version-url", "changes", "result", "targets",
        }));
        var result = ReleaseResultJson.Deserialize(outputs["result"])!;
        Assert.Multiple(() =>
        {
            Assert.That(outputs["build-number"], Is.EqualTo(Build.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(outputs["version-number"], Is.EqualTo("1.4.0"));
            Assert.That(outputs["listing-state"], Is.EqualTo("PUBLIC"));
            Assert.That(outputs["approval-status"], Is.EqualTo("SUBMITTED"));
            Assert.That(outputs["app-software-id"], Is.EqualTo(sandbox.AppSoftwareId));
            Assert.That(outputs["artifact-id"], Is.Not.Empty.And.EqualTo(result.ArtifactId));
            Assert.That(outputs["version-url"], Does.StartWith(sandbox.Server.BaseUrl.ToString().TrimEnd('/')).And.EndWith($"/versions/{Build}"));
            Assert.That(outputs["result"], Does.Contain("\n"), "the result JSON is multi-line, so it needs the delimiter form");
            Assert.That(result.Status, Is.EqualTo(ReleaseStatus.Published));
            Assert.That(result.Steps, Has.Count.EqualTo(10));
            Assert.That(outputs["changes"], Is.EqualTo(result.Changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).And.Not.EqualTo("0"));
        });
    }

    [Test]
    public async Task A_connect_release_s_outputs_carry_the_numbers_the_Marketplace_assigned()
    {
        workspace.WithManifest(FrameworkWorkspaces.Manifest("connect"));

        var run = await RunAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var version = sandbox.State.Versions(sandbox.AppSoftwareId).Single(v => v.FrameworkId == "connect");
        var outputs = GitHubOutputReader.Parse(await File.ReadAllTextAsync(OutputFile));
        Assert.That(outputs["build-number"], Is.EqualTo(version.BuildNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(outputs["version-number"], Is.EqualTo(version.VersionNumber).And.StartWith("1.0."));
        Assert.That(outputs["version-url"], Does.EndWith($"/versions/{version.BuildNumber}"));
    }

    [Test]
    public async Task Secrets_are_masked_before_anything_else_is_printed()
    {
        var run = await RunAsync();

        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SandboxHost.User}:{SandboxHost.Token}"));
        var lines = Lines(run.Out);
        Assert.That(lines.Take(3), Is.EqualTo(new[] { $"::add-mask::{SandboxHost.Token}", $"::add-mask::{basic}", "::add-mask::ghs_example" }), run.ToString());
        Assert.That(lines.Skip(3).Any(l => l.StartsWith("::add-mask::", StringComparison.Ordinal)), Is.False);
        Assert.That(run.Error, Is.Empty);
    }

    [Test]
    public async Task The_inputs_override_the_usual_environment_variables()
    {
        // The job's environment holds other credentials; `with: user/api-token` must win.
        var run = await RunAsync(new() { ["MARKETPLACE_USER"] = "someone@example.com", ["MARKETPLACE_API_TOKEN"] = "stale", ["MARKETPLACE_BASE_URL"] = "https://example.invalid" });

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(Lines(run.Out)[0], Is.EqualTo($"::add-mask::{SandboxHost.Token}"));
    }

    [Test]
    public async Task Each_step_is_a_group_that_ends_with_its_outcome()
    {
        var run = await RunAsync();

        var lines = Lines(run.Out);
        var groups = lines.Where(l => l.StartsWith("::group::", StringComparison.Ordinal)).Select(l => l["::group::".Length..]).ToList();
        var steps = ReleaseEngine.StepNamesFor(ManifestLoader.Load(workspace.ManifestPath, new DictionaryEnvironment(new Dictionary<string, string?>())));
        Assert.That(groups, Is.EqualTo(steps));
        Assert.That(lines.Count(l => l == "::endgroup::"), Is.EqualTo(steps.Count));
        var resolve = lines.IndexOf("::group::resolve");
        Assert.That(lines[lines.IndexOf("::endgroup::", resolve) - 1], Does.StartWith("✔ resolve ("));
        Assert.That(lines[^1], Does.StartWith("✔ published com.example.timesheets 1.4.0"));
    }

    [Test]
    public async Task The_summary_is_a_table_of_the_steps_with_outcome_and_ms_then_the_version_and_its_link()
    {
        var run = await RunAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var summary = await File.ReadAllTextAsync(SummaryFile);
        Assert.Multiple(() =>
        {
            Assert.That(summary, Does.StartWith("### ✔ Marketplace release: published"));
            Assert.That(summary, Does.Contain("| `com.example.timesheets` | 1.4.0 | 100400000 | datacenter | PUBLIC | SUBMITTED |"));
            Assert.That(summary, Does.Contain("| Step | Outcome | ms | Detail |"));
            Assert.That(summary, Does.Match(@"\| upload-artifact \| ✔ done \| \d+ \|"));
            Assert.That(summary, Does.Match(@"\| verify \| ✔ done \| \d+ \|"));
            Assert.That(summary, Does.Contain($"[Version on the Marketplace]({sandbox.Server.BaseUrl.ToString().TrimEnd('/')}/rest/3/app-software/"));
        });
    }

    [Test]
    public async Task A_re_run_with_debug_logging_prints_every_request_as_debug_does_with_the_secrets_masked()
    {
        // What GitHub's "Re-run jobs → Enable debug logging" sets in the job's environment.
        var run = await RunAsync(new() { ["RUNNER_DEBUG"] = "1" });

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain("http → GET " + sandbox.Server.BaseUrl + "/rest/3/app-software/app-key/"));
        Assert.That(run.Out, Does.Contain("Authorization: Basic ***"));
        var requests = run.Out.Split('\n').Count(line => line.Contains("http → ", StringComparison.Ordinal) && !line.Contains("http → body:", StringComparison.Ordinal));
        Assert.That(requests, Is.EqualTo(sandbox.Server.Requests.Count), "one debug line per request the sandbox received");
    }

    [Test]
    public async Task Without_debug_logging_no_request_is_printed()
    {
        var run = await RunAsync(new() { ["RUNNER_DEBUG"] = "" });

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Not.Contain("http → "));
    }

    [Test]
    public async Task The_dry_run_input_runs_a_plan_and_changes_nothing()
    {
        var run = await RunAsync(new() { ["INPUT_DRY-RUN"] = "true" });

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(sandbox.Mutations, Is.Empty);
        var outputs = GitHubOutputReader.Parse(await File.ReadAllTextAsync(OutputFile));
        Assert.That(ReleaseResultJson.Deserialize(outputs["result"])!.Status, Is.EqualTo(ReleaseStatus.Planned));
        Assert.That(await File.ReadAllTextAsync(SummaryFile), Does.Contain("Publish would:"));
    }

    [Test]
    public async Task The_detailed_exitcode_input_fails_a_plan_with_changes_with_exit_8_and_sets_changes()
    {
        var run = await RunAsync(new() { ["INPUT_DRY-RUN"] = "true", ["INPUT_DETAILED-EXITCODE"] = "true" });

        Assert.That(run.ExitCode, Is.EqualTo(8), run.ToString());
        Assert.That(sandbox.Mutations, Is.Empty);
        var outputs = GitHubOutputReader.Parse(await File.ReadAllTextAsync(OutputFile));
        var result = ReleaseResultJson.Deserialize(outputs["result"])!;
        Assert.That(result.ExitCode, Is.EqualTo(8));
        Assert.That(outputs["changes"], Is.EqualTo(result.Changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).And.Not.EqualTo("0"));
        Assert.That(run.Out, Does.Not.Contain("::error"), "a plan that found changes is not a failure to annotate");
        Assert.That(run.Out, Does.Contain($"::notice title=Marketplace plan found changes::the plan found {result.Changes.Count} changes; exit 8 because detailed-exitcode is true"));
    }

    [Test]
    public async Task The_detailed_exitcode_input_without_dry_run_is_a_usage_error_and_sends_nothing()
    {
        var run = await RunAsync(new() { ["INPUT_DETAILED-EXITCODE"] = "true" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(sandbox.Server.Requests, Is.Empty);
        Assert.That(run.Out, Does.Contain("the detailed exit code is for plans only"));
    }

    [Test]
    public async Task A_dry_run_input_that_is_not_a_boolean_is_a_usage_error_and_sends_nothing()
    {
        var run = await RunAsync(new() { ["INPUT_DRY-RUN"] = "ture" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(sandbox.Server.Requests, Is.Empty);
        Assert.That(run.Out, Does.Contain("::error title=Marketplace release failed (exit 2)::the dry-run input is 'ture'"));
    }

    [Test]
    public async Task A_refused_base_url_input_names_the_input_once_as_an_annotation_and_in_the_closing_line()
    {
        var run = await RunAsync(new() { ["INPUT_BASE-URL"] = "http://marketplace.example.com/marketplace" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Out, Does.Contain("::error title=Marketplace release failed (exit 2)::the base-url input 'http://marketplace.example.com/marketplace' uses plain http"));
        Assert.That(run.All, Does.Not.Contain("MARKETPLACE_BASE_URL"));
        Assert.That(run.Error, Is.Empty);
    }

    [Test]
    public async Task Manifest_errors_are_annotations_on_the_file_relative_to_the_workspace()
    {
        workspace.WithManifest("schema: 1\napp:\n  key: com.example.timesheets\n  hostng: datacenter\n", "release/marketplace-release.yml");

        var run = await RunAsync(new() { ["INPUT_MANIFEST"] = "release/marketplace-release.yml" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(sandbox.Server.Requests, Is.Empty);
        Assert.That(Lines(run.Out), Has.Some.Match(@"^::error file=release/marketplace-release\.yml,line=4,col=3::.*hostng.*hosting"));
        var outputs = GitHubOutputReader.Parse(await File.ReadAllTextAsync(OutputFile));
        Assert.That(ReleaseResultJson.Deserialize(outputs["result"])!.ExitCode, Is.EqualTo(2));
        Assert.That(await File.ReadAllTextAsync(SummaryFile), Does.StartWith("### ✖ Marketplace release failed (exit 2)"));
    }

    [Test]
    public async Task A_refused_token_is_one_error_annotation_and_exit_3()
    {
        var run = await RunAsync(new() { ["INPUT_API-TOKEN"] = "wrong-token" });

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
        var lines = Lines(run.Out);
        Assert.That(lines[0], Is.EqualTo("::add-mask::wrong-token"));
        var errors = lines.Where(l => l.StartsWith("::error", StringComparison.Ordinal)).ToList();
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.StartWith("::error title=resolve failed (exit 3)::").And.Contain("401"));
        // The failed step's group is closed before the annotation, so the annotation is not folded away.
        Assert.That(lines[lines.IndexOf(errors[0]) - 1], Is.EqualTo("::endgroup::"));
        Assert.That(GitHubOutputReader.Parse(await File.ReadAllTextAsync(OutputFile))["result"], Does.Contain("\"status\": \"failed\""));
    }

    [Test]
    public async Task A_wait_for_approval_input_that_is_not_a_duration_is_a_usage_error_naming_the_input()
    {
        var run = await RunAsync(new() { ["INPUT_WAIT-FOR-APPROVAL"] = "soon" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Out, Does.Contain("the wait-for-approval input 'soon' is not a duration"));
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }

    [Test]
    public async Task A_timeout_input_that_is_not_a_duration_is_a_usage_error()
    {
        var run = await RunAsync(new() { ["INPUT_TIMEOUT"] = "soon" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }

    [Test]
    public async Task A_wait_that_runs_out_names_the_timeout_input_not_the_cli_flag()
    {
        await sandbox.DisposeAsync();
        // The artifact stays in processing for the whole test; the input bounds the wait to half a second.
        sandbox = await SandboxHost.StartAsync(seed => seed.ProcessingDelay = TimeSpan.FromHours(1));

        var run = await RunAsync(new() { ["INPUT_TIMEOUT"] = "0.5s" });

        Assert.That(run.ExitCode, Is.EqualTo(5), run.ToString());
        Assert.That(run.Out, Does.Contain("re-run later (or raise the timeout input): the release resumes with this artifact").And.Not.Contain("--timeout"));
    }

    [Test]
    public async Task A_detailed_exit_code_without_a_dry_run_names_the_inputs()
    {
        var run = await RunAsync(new() { ["INPUT_DETAILED-EXITCODE"] = "true" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Out, Does.Contain("Fix: run it as a plan with the dry-run input, or drop the detailed-exitcode input"));
    }

    [Test]
    public async Task Validate_also_masks_first_and_annotates_manifest_errors()
    {
        workspace.WithManifest("schema: 1\napp:\n  key: com.example.timesheets\n  hostng: datacenter\n");

        var run = await RunAsync(args: ["validate"]);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        var lines = Lines(run.Out);
        Assert.That(lines[0], Does.StartWith("::add-mask::"));
        Assert.That(lines, Has.Some.Match(@"^::error file=marketplace-release\.yml,line=4,col=3::"));
    }

    private static List<string> Lines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];

    [Test]
    public async Task Report_true_runs_the_report_into_the_log_and_the_job_summary_and_writes_nothing()
    {
        var run = await RunAsync(new() { ["INPUT_REPORT"] = "true", ["MARKETPLACE_DEVELOPER_ID"] = ReportDeveloperId });

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var summary = await File.ReadAllTextAsync(SummaryFile);
        Assert.That(summary, Does.Contain("## Release insight: com.example.timesheets").And.Contain("(**93.0 %**)").And.Contain("### Trend (12 weeks)"));
        Assert.That(run.Out, Does.Contain("### Release health"));
        Assert.That(sandbox.Mutations.Select(r => r.PathAndQuery), Has.All.Contains("/partner-metrics/"), "only the report's query POST");
    }

    [Test]
    public async Task A_gate_not_met_fails_the_step_with_exit_9_one_error_annotation_and_no_write()
    {
        File.AppendAllText(workspace.ManifestPath, "\ngates:\n  installCoverage: 95%\n");

        var run = await RunAsync(new() { ["MARKETPLACE_DEVELOPER_ID"] = ReportDeveloperId });

        Assert.That(run.ExitCode, Is.EqualTo(9), run.ToString());
        var errors = Lines(run.Out).Where(l => l.StartsWith("::error", StringComparison.Ordinal)).ToList();
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.Contain("a release gate is not met; nothing was sent"));
        Assert.That(sandbox.Mutations.Select(r => r.PathAndQuery), Has.All.Contains("/partner-metrics/"));
    }

    private const string ReportDeveloperId = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f";

    [Test]
    public async Task A_release_with_targets_groups_each_target_s_steps_and_outputs_the_targets_array()
    {
        WithTargets();

        var run = await RunAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var outputs = GitHubOutputReader.Parse(await File.ReadAllTextAsync(OutputFile));
        var targets = System.Text.Json.Nodes.JsonNode.Parse(outputs["targets"])!.AsArray();
        var summary = await File.ReadAllTextAsync(SummaryFile);
        Assert.Multiple(() =>
        {
            Assert.That(targets.Select(t => (string?)t!["name"]), Is.EqualTo(new[] { "jira10", "jira11" }));
            Assert.That(targets.Select(t => (string?)t!["status"]), Is.All.EqualTo("published"));
            Assert.That(targets.Select(t => (long?)t!["buildNumber"]), Is.EqualTo(new long?[] { TargetsWorkspaces.Jira10Build, TargetsWorkspaces.Jira11Build }));
            Assert.That(outputs["version-number"], Is.EqualTo("3.1.0"), "the scalar outputs describe the last target run");
            Assert.That(outputs["build-number"], Is.EqualTo("300100000"));
            Assert.That(run.Out, Does.Contain("::group::jira10 · create-version").And.Contain("::group::jira11 · create-version"));
            Assert.That(summary, Does.Contain("#### Target jira10").And.Contain("#### Target jira11").And.Contain("| jira11 | `com.example.timesheets` | 3.1.0 | 300100000 |"));
        });
    }

    [Test]
    public async Task The_targets_input_selects_the_targets_to_run()
    {
        WithTargets();

        var run = await RunAsync(new() { ["INPUT_TARGETS"] = "jira10" });

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var outputs = GitHubOutputReader.Parse(await File.ReadAllTextAsync(OutputFile));
        Assert.That(System.Text.Json.Nodes.JsonNode.Parse(outputs["targets"])!.AsArray().Select(t => (string?)t!["name"]), Is.EqualTo(new[] { "jira10" }));
        Assert.That(sandbox.State.Version(sandbox.AppSoftwareId, TargetsWorkspaces.Jira11Build), Is.Null);
    }

    [Test]
    public async Task A_data_center_and_cloud_release_publishes_both_from_one_step()
    {
        await sandbox.DisposeAsync();
        sandbox = await SandboxHost.StartAsync(TargetsWorkspaces.AddCloudSoftware);
        workspace.WithManifest(TargetsWorkspaces.DataCenterAndCloudManifest)
            .WithFile("CHANGELOG.md", TargetsWorkspaces.Changelog)
            .WithPluginJar("target/timesheets-3.1.0-jira11.jar", version: "3.1.0");

        var run = await RunAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var outputs = GitHubOutputReader.Parse(await File.ReadAllTextAsync(OutputFile));
        var targets = System.Text.Json.Nodes.JsonNode.Parse(outputs["targets"])!.AsArray();
        Assert.That(targets.Select(t => ((string?)t!["name"], (string?)t["hosting"], (string?)t["status"])), Is.EqualTo(new[]
        {
            ("datacenter", "datacenter", "published"),
            ("cloud", "cloud", "published"),
        }));
        Assert.That(outputs["app-software-id"], Is.EqualTo(TargetsWorkspaces.CloudAppSoftwareId), "the scalar outputs describe the last target run");
        Assert.That(sandbox.State.Versions(TargetsWorkspaces.CloudAppSoftwareId).Single().FrameworkId, Is.EqualTo("forge"));
    }

    private void WithTargets() => workspace.WithManifest(TargetsWorkspaces.DataCenterPairManifest)
        .WithFile("CHANGELOG.md", TargetsWorkspaces.Changelog)
        .WithPluginJar("target/timesheets-2.1.0-jira10.jar", version: "2.1.0")
        .WithPluginJar("target/timesheets-3.1.0-jira11.jar", version: "3.1.0");

    private Task<CliRun> RunAsync(Dictionary<string, string?>? overrides = null, string[]? args = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_WORKSPACE"] = workspace.Root,
            ["GITHUB_OUTPUT"] = OutputFile,
            ["GITHUB_STEP_SUMMARY"] = SummaryFile,
            // As the runner passes them: every input declared in action.yml, empty when not given.
            ["INPUT_MANIFEST"] = "marketplace-release.yml",
            ["INPUT_USER"] = SandboxHost.User,
            ["INPUT_API-TOKEN"] = SandboxHost.Token,
            ["INPUT_BASE-URL"] = sandbox.Server.BaseUrl.ToString(),
            ["INPUT_DRY-RUN"] = "false",
            ["INPUT_DETAILED-EXITCODE"] = "false",
            ["INPUT_GITHUB-TOKEN"] = "ghs_example",
            ["INPUT_TIMEOUT"] = string.Empty,
            ["INPUT_WAIT-FOR-APPROVAL"] = string.Empty,
            ["INPUT_REPORT"] = "false",
            ["INPUT_TARGETS"] = string.Empty,
        };
        foreach (var (name, value) in overrides ?? [])
        {
            environment[name] = value;
        }

        return CliRunner.RunAsync(elsewhere, environment, args ?? []);
    }
}
