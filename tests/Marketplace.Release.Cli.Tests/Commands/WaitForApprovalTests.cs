using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// <c>--wait-for-approval</c> end to end (docs/marketplace-api.md § Waiting for approval). The sandbox's review runs on a fake clock that only the test
/// moves, so whether a review has ended is the test's decision, never a race with the machine's speed.
/// </summary>
[TestFixture]
internal sealed class WaitForApprovalTests
{
    private const long Build = 100400000;
    private readonly FakeTimeProvider sandboxTime = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private WorkspaceBuilder workspace = null!;

    [SetUp]
    public void SetUp() => workspace = WorkspaceBuilder.Create().WithExample();

    [TearDown]
    public void TearDown() => workspace.Dispose();

    [Test]
    public async Task An_approved_review_ends_the_wait_with_exit_0_and_approval_APPROVED()
    {
        await using var sandbox = await StartAsync(new SeedApproval(ApprovalOutcome.Approved, TimeSpan.Zero));

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish", "--wait-for-approval", "1m"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Result!.ApprovalStatus, Is.EqualTo("APPROVED"));
        Assert.That(run.Result.Steps.Single(s => s.Name == StepNames.WaitForApproval).Detail, Does.StartWith("APPROVED after"));
    }

    [Test]
    public async Task An_uninitiated_public_listing_is_auto_approved()
    {
        await using var sandbox = await StartAsync(new SeedApproval(ApprovalOutcome.Uninitiated, TimeSpan.Zero));

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish", "--wait-for-approval", "1m"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Result!.ApprovalStatus, Is.EqualTo("UNINITIATED"));
        Assert.That(run.Result.Steps.Single(s => s.Name == StepNames.WaitForApproval).Detail, Does.StartWith("auto-approved"));
    }

    [Test]
    public async Task A_rejection_is_exit_4_with_the_reason_in_the_one_line_failure()
    {
        await using var sandbox = await StartAsync(new SeedApproval(ApprovalOutcome.Rejected, TimeSpan.Zero, "Screenshots show another app"));

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish", "--wait-for-approval", "1m"]);

        Assert.That(run.ExitCode, Is.EqualTo(4), run.ToString());
        Assert.That(run.Result!.Error, Does.Contain("the Marketplace rejected version 1.4.0 (build 100400000): Screenshots show another app"));
        Assert.That(run.Out, Does.Contain("✖ failed (exit 4): the Marketplace rejected"));
    }

    [Test]
    public async Task A_timeout_is_exit_5_and_a_rerun_resumes_the_wait_sending_nothing_else()
    {
        await using var sandbox = await StartAsync(new SeedApproval(ApprovalOutcome.Approved, TimeSpan.FromHours(20)));

        var first = await CliRunner.RunAsync(sandbox, workspace, ["publish", "--wait-for-approval", "1s"]);
        var mutations = sandbox.Mutations.Count;
        sandboxTime.Advance(TimeSpan.FromHours(20));
        var rerun = await CliRunner.RunAsync(sandbox, workspace, ["publish", "--wait-for-approval", "1m"]);

        Assert.That(first.ExitCode, Is.EqualTo(5), first.ToString());
        Assert.That(first.Result!.Error, Does.Contain("still waiting for the Marketplace's approval").And.Contain("(SUBMITTED)"));
        Assert.That(first.Out, Does.Contain("waiting for approval of version 1.4.0"), "progress lines while it waits");
        Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
        Assert.That(rerun.Result!.Status, Is.EqualTo(ReleaseStatus.Unchanged));
        Assert.That(rerun.Result.ApprovalStatus, Is.EqualTo("APPROVED"));
        Assert.That(sandbox.Mutations, Has.Count.EqualTo(mutations), "the re-run only resumed the wait");
    }

    [Test]
    public async Task Without_the_option_nothing_waits_and_a_private_listing_is_not_waited_for()
    {
        await using var sandbox = await StartAsync(new SeedApproval(ApprovalOutcome.Pending, TimeSpan.Zero));

        var plain = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);
        File.WriteAllText(workspace.ManifestPath, File.ReadAllText(workspace.ManifestPath).Replace("state: public", "state: private", StringComparison.Ordinal)
            .Replace("${VERSION:-1.4.0}", "1.4.1", StringComparison.Ordinal));
        // The next version's artifact: the plugin's own version must match version.number (checked after the upload).
        File.Delete(workspace.PathOf("target/timesheets-1.4.0.jar"));
        workspace.WithPluginJar("target/timesheets-1.4.1.jar", version: "1.4.1");
        var staged = await CliRunner.RunAsync(sandbox, workspace, ["publish", "--wait-for-approval", "1m"]);

        Assert.That(plain.ExitCode, Is.Zero, plain.ToString());
        Assert.That(plain.Result!.Steps.Select(s => s.Name), Does.Not.Contain(StepNames.WaitForApproval));
        Assert.That(staged.ExitCode, Is.Zero, staged.ToString());
        Assert.That(staged.Result!.Steps.Single(s => s.Name == StepNames.WaitForApproval).Outcome, Is.EqualTo(StepEnding.Skipped));
    }

    [TestCase("soon")]
    [TestCase("-5m")]
    public async Task A_duration_that_is_not_one_is_a_usage_error_and_sends_nothing(string value)
    {
        await using var sandbox = await StartAsync(null);

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish", "--wait-for-approval", value]);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.All, Does.Contain("--wait-for-approval"));
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }

    private async Task<SandboxHost> StartAsync(SeedApproval? approval) =>
        await SandboxHost.StartAsync(seed =>
        {
            seed.Approval = approval;
            // The fake clock does not move by itself: an upload must be processed at once.
            seed.ProcessingDelay = TimeSpan.Zero;
        }, time: sandboxTime);
}
