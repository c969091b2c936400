using Marketplace.Release.Api.Models;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

/// <summary>
/// The <c>installCoverage</c> gate from given installs: last full week (the fixture's clock is Wednesday 2026-12-02,
/// so the weeks read start 2026-11-16 and 2026-11-23) against the resolved compatibility jira 9120000–10040000.
/// </summary>
[TestFixture]
internal sealed class InstallCoverageGateStepTests
{
    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp()
    {
        fixture = new StepFixture();
        fixture.Plan = fixture.Plan with { DeveloperId = "dev-1" };
        fixture.Api.ProductVersions["jira"] = [new(9120000, "9.12.0"), new(10040000, "10.4.0"), new(11000000, "11.0.0")];
        fixture.Api.Installs.AddRange(
        [
            new("2026-11-16", "com.example.timesheets", null, 1000, "Jira", "9.12.0"),
            new("2026-11-23", "com.example.timesheets", null, 600, "Jira", "9.12.0"),
            new("2026-11-23", "com.example.timesheets", null, 300, "Jira", "10.4.0"),
            new("2026-11-23", "com.example.timesheets", null, 100, "Jira", "11.0.0"),
        ]);
    }

    [Test]
    public void Has_no_place_in_a_plan_without_gates()
    {
        Assert.That(new InstallCoverageGateStep().AppliesTo(fixture.Plan), Is.False);
        Assert.That(new InstallCoverageGateStep().AppliesTo(Gated(90m)), Is.True);
    }

    [Test]
    public async Task A_coverage_at_the_threshold_lets_the_release_through_having_only_read()
    {
        fixture.Plan = Gated(90m);

        var (decision, run) = await fixture.ActAsync(new InstallCoverageGateStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Read));
        Assert.That(run.Summary, Does.Contain("installCoverage 90 % met: 90.0 % of Jira's 1,000 active installs (week of 2026-11-23)"));
        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "POST partner-metrics dev-1" }), "the query is the one POST, and it only reads");
    }

    [Test]
    public void A_coverage_below_the_threshold_is_exit_9_naming_the_largest_excluded_host_version()
    {
        fixture.Plan = Gated(95m);

        var error = Assert.ThrowsAsync<ReleaseFailedException>(() => fixture.ActAsync(new InstallCoverageGateStep(), StepFixture.Resolved));

        Assert.That(error!.Failure.ExitCode, Is.EqualTo(ExitCodes.GateNotMet));
        Assert.That(error.Failure.Cause, Does.Contain("a release gate is not met; nothing was sent").And.Contain("90.0 %").And.Contain("Jira 11.0.0 (100)"));
    }

    [Test]
    public async Task Without_install_data_the_gate_passes_with_a_note()
    {
        fixture.Plan = Gated(99m);
        fixture.Api.Installs.Clear();

        var (_, run) = await fixture.ActAsync(new InstallCoverageGateStep(), StepFixture.Resolved);

        Assert.That(run.Summary, Does.Contain("no install data").And.Contain("the installCoverage gate passes"));
    }

    private ReleasePlan Gated(decimal threshold) => fixture.Plan with { Gates = new GatesSpec { InstallCoverage = threshold } };
}
