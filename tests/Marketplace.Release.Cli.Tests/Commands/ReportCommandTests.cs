using System.Text.Json.Nodes;
using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;
using Marketplace.Sandbox.Faults;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// End-to-end (issue 21): <c>report</c> on the example app against the default seed (newest week: 1,000 Jira installs,
/// 930 on 9.12.0–10.3.3, 70 on 10.4.1; 1.3.0 released 21 days ago with 6 feedback, 1.2.0 with 3 in the 21 days
/// before), the <c>installCoverage</c> gate on plan and publish, and the refusals.
/// </summary>
[TestFixture]
internal sealed class ReportCommandTests
{
    private const string DeveloperId = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f";
    private const string MetricsPath = "/rest/3/partner-metrics/developer-space/" + DeveloperId;
    private static readonly Dictionary<string, string?> DeveloperSpace = new() { ["MARKETPLACE_DEVELOPER_ID"] = DeveloperId };

    private SandboxHost sandbox = null!;
    private WorkspaceBuilder workspace = null!;

    [TearDown]
    public async Task TearDown()
    {
        workspace?.Dispose();
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }
    }

    [Test]
    public async Task Report_prints_coverage_per_product_trend_and_health_with_charts_and_json_holds_the_same_figures()
    {
        await StartAsync();

        var run = await RunAsync("report", "--output", "insight.md", "--json", "insight.json");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(run.Out, Does.Contain("**Jira**: this release's compatibility covers 930 of 1,000 active installs (**93.0 %**)"));
            Assert.That(run.Out, Does.Contain("Largest excluded: Jira 10.4.1 (70)."));
            Assert.That(run.Out, Does.Contain("| 10.4.1 | 70 | ✗ |"));
            Assert.That(run.Out, Does.Contain("### Trend (12 weeks)"));
            Assert.That(run.Out, Does.Contain("████████████████████████ |"), "the largest row fills the bar");
            Assert.That(run.Out, Does.Contain("**1.3.0** (released "));
            Assert.That(run.Out, Does.Contain(": 6 uninstall/disable feedback in 21 days; 1.2.0 had 3 in the 21 days before that release."));
            Assert.That(run.Out, Does.Contain("| bugs | 4 |"));
        });
        var markdown = File.ReadAllText(workspace.PathOf("insight.md"));
        Assert.That(markdown, Does.Contain("## Release insight: com.example.timesheets"));
        var json = JsonNode.Parse(File.ReadAllText(workspace.PathOf("insight.json")))!;
        Assert.Multiple(() =>
        {
            var jira = json["installBase"]![0]!;
            Assert.That(jira["product"]!.GetValue<string>(), Is.EqualTo("jira"));
            Assert.That(jira["installs"]!.GetValue<long>(), Is.EqualTo(1000));
            Assert.That(jira["coveredInstalls"]!.GetValue<long>(), Is.EqualTo(930));
            Assert.That(jira["coveredPercent"]!.GetValue<decimal>(), Is.EqualTo(93.0m));
            Assert.That(jira["largestExcluded"]![0]!["version"]!.GetValue<string>(), Is.EqualTo("10.4.1"));
            Assert.That(json["trend"]!.AsArray(), Has.Count.EqualTo(12));
            Assert.That(json["trend"]![11]!["installs"]!.GetValue<long>(), Is.EqualTo(1000));
            Assert.That(json["health"]!["newest"]!["count"]!.GetValue<int>(), Is.EqualTo(6));
            Assert.That(json["health"]!["newest"]!["previousVersion"]!.GetValue<string>(), Is.EqualTo("1.2.0"));
            Assert.That(json["health"]!["newest"]!["previousCount"]!.GetValue<int>(), Is.EqualTo(3));
        });
        Assert.That(sandbox.Server.Requests.Where(IsWrite).Select(r => $"{r.Method} {r.PathAndQuery}"),
            Has.All.StartWith("POST /marketplace" + MetricsPath), "the partner-metrics query is the only POST, and nothing else is written");
    }

    [Test]
    public async Task A_new_app_without_install_data_or_feedback_gets_notes_and_exit_0()
    {
        await StartAsync(seed =>
        {
            seed.Apps[0].Installs.Clear();
            seed.Apps[0].Feedback.Clear();
        });

        var run = await RunAsync("report", "--json", "insight.json");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain("No install data for com.example.timesheets in these 12 weeks"));
        Assert.That(JsonNode.Parse(File.ReadAllText(workspace.PathOf("insight.json")))!["installBase"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Without_a_developer_id_report_exits_2_and_sends_nothing()
    {
        await StartAsync();

        var run = await CliRunner.RunAsync(sandbox, workspace, ["report"]);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Error, Does.Contain("developer id").And.Contain("MARKETPLACE_DEVELOPER_ID"));
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }

    [Test]
    public async Task A_403_from_Reporting_exits_3_naming_the_reporting_permission()
    {
        await StartAsync(seed => seed.Users[0] = new SeedUser(SandboxHost.User, SandboxHost.Token, Reporting: false));

        var run = await RunAsync("report");

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
        Assert.That(run.Error, Does.Contain("reporting permission").And.Contain("partner-metrics"));
    }

    [TestCase("{}", "no 'records' list")]
    [TestCase("", "not the JSON expected")]
    [TestCase("""{"records":[{"date":"yesterday","installCounts":3}]}""", "no valid 'date'")]
    public async Task A_malformed_or_empty_answer_is_a_clear_error_not_a_crash(string body, string said)
    {
        await StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Method = "POST", Path = MetricsPath, StatusCode = 200, Body = body, Times = 0 });

        var run = await RunAsync("report");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Error, Does.Contain("report failed").And.Contain(said));
        Assert.That(run.All, Does.Not.Contain("   at "), "no stack trace");
    }

    [TestCase("plan")]
    [TestCase("publish")]
    public async Task A_gate_above_the_coverage_exits_9_naming_it_with_zero_writes(string command)
    {
        await StartAsync(gate: "95%");

        var run = await RunAsync(command);

        Assert.That(run.ExitCode, Is.EqualTo(9), run.ToString());
        Assert.That(run.Result!.Error, Does.Contain("a release gate is not met; nothing was sent")
            .And.Contain("93.0 % of Jira's 1,000 active installs").And.Contain("largest excluded: Jira 10.4.1 (70)"));
        Assert.That(run.Result.Steps.Single(step => step.Name == StepNames.InstallCoverageGate).Outcome, Is.EqualTo(StepEnding.Failed));
        Assert.That(sandbox.Server.Requests.Where(IsWrite).Select(r => $"{r.Method} {r.PathAndQuery}"),
            Has.All.StartWith("POST /marketplace" + MetricsPath), "only the gate's query was sent");
        Assert.That(sandbox.State.Listings(sandbox.AppSoftwareId), Has.Count.EqualTo(1), "no version was added");
    }

    [Test]
    public async Task A_gate_below_the_coverage_lets_the_release_through()
    {
        await StartAsync(gate: "90%");

        var run = await RunAsync("publish");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Result!.Steps.Single(step => step.Name == StepNames.InstallCoverageGate).Detail, Does.Contain("installCoverage 90 % met: 93.0 %"));
        Assert.That(sandbox.VersionCreates, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Without_install_data_the_gate_passes_with_a_note()
    {
        await StartAsync(seed => seed.Apps[0].Installs.Clear(), gate: "99%");

        var run = await RunAsync("plan");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain("no install data for the products this release supports"));
    }

    [Test]
    public async Task Validate_refuses_gates_without_a_developer_id_naming_the_fix_and_sends_nothing()
    {
        await StartAsync(gate: "90%");

        var run = await CliRunner.RunAsync(sandbox, workspace, ["validate"]);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.All, Does.Contain("gates needs the developer id to read the app's installs from the Reporting API")
            .And.Contain("app.developerId").And.Contain("MARKETPLACE_DEVELOPER_ID"));
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }

    private async Task StartAsync(Action<SandboxSeed>? configure = null, string? gate = null)
    {
        sandbox = await SandboxHost.StartAsync(configure);
        workspace = WorkspaceBuilder.Create().WithExample();
        if (gate is not null)
        {
            File.AppendAllText(workspace.ManifestPath, $"\ngates:\n  installCoverage: {gate}\n");
        }
    }

    private Task<CliRun> RunAsync(params string[] args) => CliRunner.RunAsync(sandbox, workspace, args, DeveloperSpace);

    private static bool IsWrite(RecordedRequest request) => request.Method is "POST" or "PUT" or "PATCH" or "DELETE";
}
