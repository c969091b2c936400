using Cake.Marketplace.Tests.Fixtures;
using Marketplace.Release.Insight;

namespace Cake.Marketplace.Tests;

/// <summary>
/// <c>MarketplaceReport</c> and the <c>installCoverage</c> gate from Cake, against the sandbox's default seed
/// (newest week: 930 of 1,000 Jira installs on 9.12.0–10.3.3, the example's compatibility).
/// </summary>
[TestFixture]
internal sealed class MarketplaceReportTests
{
    private const string DeveloperId = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f";

    private SandboxHost sandbox = null!;
    private ScriptWorkspace workspace = null!;

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await SandboxHost.StartAsync();
        workspace = ScriptWorkspace.WithExample();
    }

    [TearDown]
    public async Task TearDown()
    {
        workspace.Dispose();
        await sandbox.DisposeAsync();
    }

    [Test]
    public void MarketplaceReport_returns_the_figures_typed_and_logs_the_Markdown_without_the_token()
    {
        var log = new RecordingLog();
        var context = FakeCakeContext.Create(workspace.Root, Environment(), log);

        InsightReport report = context.MarketplaceReport(ScriptWorkspace.ManifestFileName, new MarketplaceSettings { ReportWeeks = 4 });

        Assert.Multiple(() =>
        {
            Assert.That(report.Weeks, Is.EqualTo(4));
            Assert.That(report.Trend, Has.Count.EqualTo(4));
            Assert.That(report.InstallBase.Single().CoveredPercent, Is.EqualTo(93.0m));
            Assert.That(report.InstallBase.Single().LargestExcluded.Single().Version, Is.EqualTo("10.4.1"));
            Assert.That(report.Health.Newest!.Version, Is.EqualTo("1.3.0"));
            Assert.That(log.Text, Does.Contain("## Release insight: com.example.timesheets").And.Contain("█"));
            Assert.That(log.Text, Does.Not.Contain(sandbox.Token));
        });
        Assert.That(sandbox.Mutations.Select(request => request.PathAndQuery), Has.All.Contains("/partner-metrics/"), "only the query POST");
    }

    [Test]
    public void MarketplaceReport_without_a_developer_id_throws_exit_code_2_and_sends_nothing()
    {
        var variables = Environment();
        variables.Remove("MARKETPLACE_DEVELOPER_ID");
        var context = FakeCakeContext.Create(workspace.Root, variables, new RecordingLog());

        var failure = Assert.Throws<MarketplaceReleaseException>(() => context.MarketplaceReport(ScriptWorkspace.ManifestFileName))!;

        Assert.That(failure.ExitCode, Is.EqualTo(2));
        Assert.That(failure.Message, Does.Contain("MARKETPLACE_DEVELOPER_ID"));
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }

    [Test]
    public void A_gate_not_met_throws_exit_code_9_and_nothing_is_written()
    {
        File.AppendAllText(workspace.PathOf(ScriptWorkspace.ManifestFileName), "\ngates:\n  installCoverage: 95%\n");
        var context = FakeCakeContext.Create(workspace.Root, Environment(), new RecordingLog());

        var failure = Assert.Throws<MarketplaceReleaseException>(() => context.MarketplaceRelease(ScriptWorkspace.ManifestFileName))!;

        Assert.That(failure.ExitCode, Is.EqualTo(9));
        Assert.That(failure.Message, Does.Contain("a release gate is not met; nothing was sent").And.Contain("Jira 10.4.1 (70)"));
        Assert.That(sandbox.Mutations.Select(request => request.PathAndQuery), Has.All.Contains("/partner-metrics/"), "only the gate's query POST");
    }

    private Dictionary<string, string?> Environment() => new(sandbox.Environment) { ["MARKETPLACE_DEVELOPER_ID"] = DeveloperId };
}
