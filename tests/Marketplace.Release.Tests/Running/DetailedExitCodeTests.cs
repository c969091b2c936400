using Marketplace.Release.Failures;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Running;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Running;

/// <summary><c>plan --detailed-exitcode</c> as the session decides it for every front end.</summary>
[TestFixture]
internal sealed class DetailedExitCodeTests
{
    private static readonly ReleaseRequest Plan = new() { WorkingDirectory = ".", DryRun = true, DetailedExitCode = true };

    [Test]
    public void A_plan_with_changes_exits_8_and_stays_a_successful_plan()
    {
        var result = DetailedExitCode.Apply(Plan, Result(ReleaseStatus.Planned, ExitCodes.Success, "change appListing.summary: 'a' → 'b'"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.PlannedChanges).And.EqualTo(8));
        Assert.That(SessionResults.IsFailure(result), Is.False);
    }

    [Test]
    public void A_plan_without_changes_exits_0() =>
        Assert.That(DetailedExitCode.Apply(Plan, Result(ReleaseStatus.Planned, ExitCodes.Success)).ExitCode, Is.Zero);

    [Test]
    public void A_failed_plan_keeps_its_own_exit_code() =>
        Assert.That(DetailedExitCode.Apply(Plan, Result(ReleaseStatus.Failed, ExitCodes.Transient, "change x")).ExitCode, Is.EqualTo(ExitCodes.Transient));

    [Test]
    public void Without_the_flag_a_plan_with_changes_exits_0() =>
        Assert.That(DetailedExitCode.Apply(Plan with { DetailedExitCode = false }, Result(ReleaseStatus.Planned, ExitCodes.Success, "change x")).ExitCode, Is.Zero);

    [Test]
    public void Asked_for_a_publish_it_is_a_usage_error_before_anything_is_read()
    {
        using var workspace = WorkspaceBuilder.Create().WithExample();
        var environment = new DictionaryEnvironment(new Dictionary<string, string?> { ["MARKETPLACE_USER"] = "me@example.com", ["MARKETPLACE_API_TOKEN"] = "t0ken-value" });

        var preparation = ReleaseSession.Begin(environment, new ReleaseRequest { WorkingDirectory = workspace.Root, DetailedExitCode = true }).Prepare();

        Assert.That(preparation.Failure?.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(preparation.Failure!.Error, Does.Contain("the detailed exit code is for plans only").And.Contain("Fix:"));
    }

    private static ReleaseResult Result(ReleaseStatus status, int exitCode, params string[] changes) => new()
    {
        Status = status,
        ExitCode = exitCode,
        Changes = changes,
    };
}
