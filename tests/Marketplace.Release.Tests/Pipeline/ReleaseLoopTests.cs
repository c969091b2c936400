using Marketplace.Release.Api;
using Marketplace.Release.Failures;
using Marketplace.Release.GitHub;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Tests.Pipeline;

/// <summary>
/// The engine loop alone skips, plays dry runs, times steps and turns errors into failures; the steps here only
/// decide. Each test would fail if the loop let a step's work run when it must not, or lost what it must record.
/// </summary>
[TestFixture]
internal sealed class ReleaseLoopTests
{
    private static readonly ResolvedApp App = new("app-1", []);

    [Test]
    public async Task A_skipping_step_is_recorded_with_its_reason_and_its_work_never_runs()
    {
        using var fixture = new LoopFixture();
        var step = new ScriptedStep("create-version", (_, _) => StepDecision.Skip("version exists"));

        var loop = await fixture.RunAsync(step);

        Assert.Multiple(() =>
        {
            Assert.That(step.Runs, Is.Zero);
            Assert.That(loop.Outcomes.Single(), Is.EqualTo(new StepRecord("create-version", StepEnding.Skipped, 0, "version exists")));
            Assert.That(loop.Changes, Is.Empty);
            Assert.That(loop.Failure, Is.Null);
            Assert.That(fixture.Reporter.Events, Is.EqualTo(new[] { "started create-version", "skipped create-version: version exists" }));
        });
    }

    [Test]
    public async Task A_dry_run_records_a_change_as_would_and_does_not_run_it()
    {
        using var fixture = new LoopFixture(dryRun: true);
        var create = new ScriptedStep("create-version", (_, work) => StepDecision.Change(ChangeKind.NewVersion, "create version 1.4.0 (build 140)", work));
        var listing = new ScriptedStep("create-listing", (_, work) => StepDecision.Change(ChangeKind.VersionListing, "create the version listing (PRIVATE)", work, "dry run: would create the listing as PRIVATE"));

        var loop = await fixture.RunAsync(create, listing);

        Assert.Multiple(() =>
        {
            Assert.That(create.Runs + listing.Runs, Is.Zero, "a dry run changes nothing");
            Assert.That(loop.Changes, Is.EqualTo(new[] { "create version 1.4.0 (build 140)", "create the version listing (PRIVATE)" }));
            Assert.That(loop.Outcomes.Select(o => (o.Outcome, o.Detail)), Is.EqualTo(new[]
            {
                (StepEnding.Skipped, "dry run: would create version 1.4.0 (build 140)"),
                (StepEnding.Skipped, "dry run: would create the listing as PRIVATE"),
            }));
            Assert.That(fixture.Reporter.Events, Does.Contain("info would create version 1.4.0 (build 140)"));
        });
    }

    [Test]
    public async Task A_dry_run_runs_the_reads_and_skips_the_checks()
    {
        using var fixture = new LoopFixture(dryRun: true);
        var resolve = new ScriptedStep("resolve", (_, work) => StepDecision.Read(work));
        var verify = new ScriptedStep("verify", (_, work) => StepDecision.Check(work));

        var loop = await fixture.RunAsync(resolve, verify);

        Assert.Multiple(() =>
        {
            Assert.That((resolve.Runs, verify.Runs), Is.EqualTo((1, 0)));
            Assert.That(loop.Outcomes.Select(o => o.Outcome), Is.EqualTo(new[] { StepEnding.Done, StepEnding.Skipped }));
            Assert.That(loop.Outcomes[1].Detail, Is.EqualTo(ReleaseLoop.NothingToCheck));
            Assert.That(loop.Changes, Is.Empty);
        });
    }

    [Test]
    public async Task A_real_run_runs_the_change_records_it_and_hands_its_state_to_the_next_step()
    {
        using var fixture = new LoopFixture();
        var resolve = new ScriptedStep("resolve", (_, work) => StepDecision.Read(work),
            (state, _) => Task.FromResult(new StepEffect(state with { App = App }, "app software app-1")));
        var create = new ScriptedStep("create-version", (_, work) => StepDecision.Change(ChangeKind.NewVersion, "create version 1.4.0 (build 140)", work));

        var loop = await fixture.RunAsync(resolve, create);

        Assert.Multiple(() =>
        {
            Assert.That(create.Runs, Is.EqualTo(1));
            Assert.That(create.Seen?.App, Is.EqualTo(App), "the second step decides on the state the first produced");
            Assert.That(loop.State.App, Is.EqualTo(App));
            Assert.That(loop.Changes, Is.EqualTo(new[] { "create version 1.4.0 (build 140)" }));
            Assert.That(loop.Outcomes.Select(o => (o.Outcome, o.Detail)), Is.EqualTo(new[]
            {
                (StepEnding.Done, "app software app-1"),
                (StepEnding.Done, "create-version done"),
            }));
        });
    }

    [Test]
    public async Task State_learnt_while_deciding_to_skip_is_kept()
    {
        using var fixture = new LoopFixture();
        var upload = new ScriptedStep("upload-artifact", (state, _) => StepDecision.Skip("an earlier run uploaded it", state with { Artifact = new UsedArtifact("a-7", Ready: false) }));
        var wait = new ScriptedStep("wait-for-artifact", (state, work) => state.Artifact is null ? StepDecision.Skip("no artifact") : StepDecision.Read(work));

        var loop = await fixture.RunAsync(upload, wait);

        Assert.Multiple(() =>
        {
            Assert.That(wait.Runs, Is.EqualTo(1));
            Assert.That(loop.State.Artifact, Is.EqualTo(new UsedArtifact("a-7", Ready: false)));
        });
    }

    [Test]
    public async Task Each_step_is_timed_on_the_run_clock_deciding_and_working_together()
    {
        using var fixture = new LoopFixture();
        var wait = new ScriptedStep("wait-for-artifact", (_, work) =>
        {
            fixture.Time.Advance(TimeSpan.FromMilliseconds(250));
            return StepDecision.Read(work);
        }, (state, _) =>
        {
            fixture.Time.Advance(TimeSpan.FromSeconds(1.5));
            return Task.FromResult(new StepEffect(state, "processed"));
        });
        var skip = new ScriptedStep("verify", (_, _) => StepDecision.Skip("nothing"));

        var loop = await fixture.RunAsync(wait, skip);

        Assert.Multiple(() =>
        {
            Assert.That(loop.Outcomes.Select(o => o.Ms), Is.EqualTo(new long[] { 1750, 0 }));
            Assert.That(fixture.Reporter.Elapsed, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(1750), TimeSpan.Zero }));
        });
    }

    private static IEnumerable<TestCaseData> Errors()
    {
        yield return new TestCaseData(new MarketplaceApiException("GET /rest/3/app-software/app-key/x", 401, null, FailureKind.Authentication), ExitCodes.Authentication, "the Marketplace refused the credentials")
            .SetName("A 401 from the Marketplace is exit 3 with the credentials fix");
        yield return new TestCaseData(new MarketplaceApiException("POST /rest/3/artifacts", 503, null, FailureKind.Transient), ExitCodes.Transient, "the Marketplace kept failing during create-version")
            .SetName("A 503 that outlasted the retries is exit 6 naming the step");
        yield return new TestCaseData(new ReleaseFailedException(FailureKind.Conflict, "version 1.4.0 already exists with different content", "bump version.number"), ExitCodes.Conflict, "version 1.4.0 already exists with different content. Fix: bump version.number")
            .SetName("A step's own failure keeps its kind and line");
        yield return new TestCaseData(new GitHubException(GitHubErrorKind.Forbidden, "PATCH repos/octo-org/timesheets/releases/1", 403, "Resource not accessible"), ExitCodes.Authentication, "may not update the releases of octo-org/timesheets")
            .SetName("A GitHub 403 on a write is exit 3 asking for write access");
        yield return new TestCaseData(new GitHubException(GitHubErrorKind.Forbidden, "GET repos/octo-org/timesheets/releases/tags/v1.4.0", 403, null), ExitCodes.Authentication, "may not read the releases of octo-org/timesheets")
            .SetName("A GitHub 403 on a read is exit 3 asking for read access");
        yield return new TestCaseData(new InvalidOperationException("boom"), ExitCodes.Internal, "unexpected error in create-version: InvalidOperationException: boom")
            .SetName("Anything else is an internal error, exit 1");
    }

    [TestCaseSource(nameof(Errors))]
    public async Task The_loop_turns_what_a_step_throws_into_the_failure_every_front_end_reports(Exception error, int exitCode, string line)
    {
        using var fixture = new LoopFixture();
        var create = new ScriptedStep("create-version", (_, work) => StepDecision.Change(ChangeKind.NewVersion, "create version 1.4.0 (build 140)", work), (_, _) => throw error);
        var after = new ScriptedStep("create-listing", (_, work) => StepDecision.Change(ChangeKind.VersionListing, "create the listing", work));

        var loop = await fixture.RunAsync(create, after);

        Assert.Multiple(() =>
        {
            Assert.That(loop.Failure?.ExitCode, Is.EqualTo(exitCode));
            Assert.That(loop.Failure?.Line, Does.Contain(line));
            Assert.That(loop.Outcomes.Select(o => (o.Name, o.Outcome)), Is.EqualTo(new[] { ("create-version", StepEnding.Failed) }), "nothing runs after a failure");
            Assert.That(loop.Outcomes[0].Detail, Is.EqualTo(loop.Failure?.Line));
            Assert.That(loop.Changes, Is.Empty, "a change that failed did not happen");
            Assert.That(after.Runs, Is.Zero);
            Assert.That(fixture.Reporter.Events[^1], Does.StartWith("failed create-version: "));
        });
    }

    [Test]
    public async Task A_failure_while_deciding_fails_the_step_too()
    {
        using var fixture = new LoopFixture(dryRun: true);
        var publish = new ScriptedStep("publish", (_, _) => throw new ReleaseFailedException(FailureKind.Conflict, "the listing is already PUBLIC but the manifest asks for private", "set listing.state: public"));

        var loop = await fixture.RunAsync(publish);

        Assert.That(loop.Failure?.ExitCode, Is.EqualTo(ExitCodes.Conflict));
    }

    [Test]
    public async Task A_tolerated_failure_is_a_warning_and_the_release_goes_on()
    {
        using var fixture = new LoopFixture();
        var linkBack = new ScriptedStep("github-link-back", (_, work) => StepDecision.Change(ChangeKind.GitHubRelease, "add the link", work),
            (_, _) => throw new GitHubException(GitHubErrorKind.Forbidden, "PATCH repos/octo-org/timesheets/releases/1", 403, null))
        { Tolerated = "the version is published, but the link back was not added" };
        var after = new ScriptedStep("after", (_, work) => StepDecision.Read(work));

        var loop = await fixture.RunAsync(linkBack, after);

        Assert.Multiple(() =>
        {
            Assert.That(loop.Failure, Is.Null);
            Assert.That(loop.Outcomes.Select(o => o.Outcome), Is.EqualTo(new[] { StepEnding.Skipped, StepEnding.Done }));
            Assert.That(fixture.Reporter.Events, Has.Some.StartsWith("warning the version is published, but the link back was not added: ").And.Contains("may not update"));
            Assert.That(loop.Changes, Is.Empty);
        });
    }
}
