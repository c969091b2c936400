using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Tests.Pipeline;

/// <summary>The typed status and outcomes reach the result file as the words the contract has always used.</summary>
[TestFixture]
internal sealed class ReleaseResultTests
{
    [TestCase(false, true, 1, null, ReleaseStatus.Published, "published")]
    [TestCase(false, false, 1, null, ReleaseStatus.Staged, "staged")]
    [TestCase(false, true, 0, null, ReleaseStatus.Unchanged, "unchanged")]
    [TestCase(true, true, 2, null, ReleaseStatus.Planned, "planned")]
    [TestCase(false, true, 1, FailureKind.Pending, ReleaseStatus.Failed, "failed")]
    public void The_status_follows_the_loop_and_is_written_as_its_word(bool dryRun, bool isPublic, int changes, FailureKind? failed, ReleaseStatus status, string word)
    {
        using var fixture = new LoopFixture(dryRun, isPublic);
        var failure = failed is { } kind ? new ReleaseFailure(kind, "still processing", "re-run later", null) : null;
        var loop = new LoopEnd(ReleaseState.Empty,
            [new StepRecord("resolve", StepEnding.Done, 3, "app"), new StepRecord("verify", StepEnding.Skipped, 0, "dry run"), new StepRecord("publish", StepEnding.Failed, 1, "x")],
            [.. Enumerable.Repeat("create version 1.4.0 (build 140)", changes)], failure);

        var result = ReleaseEngine.Result(fixture.Run, loop);
        var json = ReleaseResultJson.Serialize(result);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(status));
            Assert.That(result.ExitCode, Is.EqualTo(failure?.ExitCode ?? 0));
            Assert.That(json, Does.Contain($"\"status\": \"{word}\""));
            Assert.That(json, Does.Contain("\"outcome\": \"done\"").And.Contain("\"outcome\": \"skipped\"").And.Contain("\"outcome\": \"failed\""));
            Assert.That(ReleaseResultJson.Deserialize(json)!.Status, Is.EqualTo(status));
            Assert.That(ReleaseResultJson.Word(status), Is.EqualTo(word));
        });
    }

    [TestCase(true, ReleaseStatus.Updated, "updated")]
    [TestCase(false, ReleaseStatus.Published, "published")]
    public void Only_an_in_place_update_of_the_version_is_updated(bool onlyTheUpdate, ReleaseStatus status, string word)
    {
        using var fixture = new LoopFixture(dryRun: false, isPublic: true);
        var loop = new LoopEnd(ReleaseState.Empty, [], ["update version 1.4.0 (build 140): compatibility jira 9.12.0–10.3.3 → 9.12.0–10.4.1"], null)
        {
            ChangeKinds = onlyTheUpdate ? [ChangeKind.InPlaceUpdate] : [ChangeKind.InPlaceUpdate, ChangeKind.VersionListing],
        };

        var result = ReleaseEngine.Result(fixture.Run, loop);

        Assert.That(result.Status, Is.EqualTo(status));
        Assert.That(ReleaseResultJson.Serialize(result), Does.Contain($"\"status\": \"{word}\""));
        Assert.That(ReleaseSummary.Line(result), Does.StartWith(onlyTheUpdate ? "✔ updated com.example.timesheets 1.4.0 in place: update version 1.4.0" : "✔ published"));
    }

    /// <summary>
    /// The status comes from what each change did, not from which step made it: a step of any name whose change is
    /// an in-place update makes the run updated, and a change by a step named like the version update does not.
    /// </summary>
    [TestCase("adjust-version", ChangeKind.InPlaceUpdate, ReleaseStatus.Updated)]
    [TestCase(StepNames.UpdateVersion, ChangeKind.Presence, ReleaseStatus.Published)]
    public async Task The_loop_hands_the_changes_kinds_to_the_status_whatever_the_step_is_called(string name, ChangeKind kind, ReleaseStatus status)
    {
        using var fixture = new LoopFixture(dryRun: false, isPublic: true);
        var step = new ScriptedStep(name, (_, work) => StepDecision.Change(kind, "change something", work));

        var loop = await fixture.RunAsync(step);

        Assert.That(loop.ChangeKinds, Is.EqualTo(new[] { kind }));
        Assert.That(ReleaseEngine.Result(fixture.Run, loop).Status, Is.EqualTo(status));
    }
}
