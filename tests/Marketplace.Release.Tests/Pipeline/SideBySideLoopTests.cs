using System.Collections.Immutable;
using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Tests.Pipeline;

/// <summary>
/// Issue 22: steps of one group do their work side by side, and the loop still reports them whole, in step order,
/// with each step's part of the state kept. Concurrency is shown without clocks or sleeps: the first step's work
/// can only finish once the second step's work has started.
/// </summary>
[TestFixture]
internal sealed class SideBySideLoopTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Test]
    public async Task The_steps_of_a_group_work_side_by_side_and_are_reported_in_step_order_with_both_parts_of_the_state()
    {
        using var fixture = new LoopFixture();
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var artifact = new SideBySideStep("upload-artifact", (_, work) => StepDecision.Change(ChangeKind.Upload, "upload a.jar", work),
            async (state, token) =>
            {
                // Run one after the other, this would wait for ever: the bound turns that into a failure.
                await secondStarted.Task.WaitAsync(Bound, token);
                return new StepEffect(state with { Artifact = new UsedArtifact("artifact-1", Ready: false) }, "uploaded a.jar");
            },
            (into, own) => into with { Artifact = own.Artifact });
        var images = new SideBySideStep("upload-images", (_, work) => StepDecision.Change(ChangeKind.Upload, "upload 1 listing image", work),
            (state, _) =>
            {
                secondStarted.SetResult();
                return Task.FromResult(new StepEffect(state with { ImageIds = ImmutableDictionary<ImageKey, string>.Empty.Add(new ImageKey("/w/a.png", "screenshot"), "image-1") }, "uploaded 1 image"));
            },
            (into, own) => into with { ImageIds = own.ImageIds });
        var after = new ScriptedStep("wait-for-artifact", (_, work) => StepDecision.Read(work));

        var loop = await ReleaseLoop.RunAsync(fixture.Run, ReleaseState.Empty, [[artifact, images], [after]], CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(loop.Failure, Is.Null);
            Assert.That(loop.Outcomes.Select(o => (o.Name, o.Outcome)), Is.EqualTo(new[]
            {
                ("upload-artifact", StepEnding.Done), ("upload-images", StepEnding.Done), ("wait-for-artifact", StepEnding.Done),
            }));
            Assert.That(fixture.Reporter.Events, Is.EqualTo(new[]
            {
                "started upload-artifact", "done upload-artifact: uploaded a.jar", "started upload-images", "done upload-images: uploaded 1 image",
                "started wait-for-artifact", "done wait-for-artifact: wait-for-artifact done",
            }));
            Assert.That(loop.Changes, Is.EqualTo(new[] { "upload a.jar", "upload 1 listing image" }));
            Assert.That(loop.State.Artifact?.Id, Is.EqualTo("artifact-1"), "the artifact's part of the state");
            Assert.That(loop.State.ImageIds.Values, Is.EqualTo(new[] { "image-1" }), "the images' part of the state");
        });
    }

    [Test]
    public async Task A_failed_decision_in_a_group_sends_nothing_for_the_steps_after_it_and_the_ones_before_it_still_finish()
    {
        using var fixture = new LoopFixture();
        var first = new SideBySideStep("upload-artifact", (_, work) => StepDecision.Change(ChangeKind.Upload, "upload a.jar", work),
            (state, _) => Task.FromResult(new StepEffect(state, "uploaded a.jar")), (into, own) => into);
        var refusing = new SideBySideStep("upload-images", (_, _) => throw new ReleaseFailedException(FailureKind.InvalidInput, "the image is too large", "make it smaller"),
            (state, _) => Task.FromResult(new StepEffect(state, "never")), (into, own) => into);
        var third = new SideBySideStep("upload-more", (_, work) => StepDecision.Change(ChangeKind.Upload, "upload more", work),
            (state, _) => Task.FromResult(new StepEffect(state, "uploaded more")), (into, own) => into);

        var loop = await ReleaseLoop.RunAsync(fixture.Run, ReleaseState.Empty, [[first, refusing, third]], CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first.Runs, Is.EqualTo(1), "decided before the failure: its work runs, as it would have one by one");
            Assert.That(third.Runs, Is.Zero, "after the failed decision: nothing is sent");
            Assert.That(loop.Failure?.Line, Does.Contain("the image is too large"));
            Assert.That(loop.Outcomes.Select(o => (o.Name, o.Outcome)), Is.EqualTo(new[]
            {
                ("upload-artifact", StepEnding.Done), ("upload-images", StepEnding.Failed),
            }));
        });
    }

    [Test]
    public async Task When_both_steps_of_a_group_fail_the_first_in_step_order_is_the_release_s_failure_whichever_failed_first()
    {
        using var fixture = new LoopFixture();
        var secondFailed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var artifact = new SideBySideStep("upload-artifact", (_, work) => StepDecision.Change(ChangeKind.Upload, "upload a.jar", work),
            async (_, token) =>
            {
                await secondFailed.Task.WaitAsync(Bound, token);
                throw new ReleaseFailedException(FailureKind.Transient, "the artifact upload failed", "re-run");
            },
            (into, own) => into);
        var images = new SideBySideStep("upload-images", (_, work) => StepDecision.Change(ChangeKind.Upload, "upload 1 listing image", work),
            (_, _) =>
            {
                secondFailed.SetResult();
                throw new ReleaseFailedException(FailureKind.Transient, "the image upload failed", "re-run");
            },
            (into, own) => into);

        var loop = await ReleaseLoop.RunAsync(fixture.Run, ReleaseState.Empty, [[artifact, images]], CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(loop.Failure?.Line, Does.Contain("the artifact upload failed"));
            Assert.That(loop.Outcomes.Select(o => (o.Name, o.Outcome)), Is.EqualTo(new[] { ("upload-artifact", StepEnding.Failed), ("upload-images", StepEnding.Failed) }));
            Assert.That(loop.Changes, Is.Empty, "nothing was done");
        });
    }

    [Test]
    public void A_step_that_is_no_side_by_side_step_is_refused_in_a_group()
    {
        using var fixture = new LoopFixture();
        var plain = new ScriptedStep("upload-artifact", (_, work) => StepDecision.Read(work));
        var images = new SideBySideStep("upload-images", (_, work) => StepDecision.Read(work), (state, _) => Task.FromResult(new StepEffect(state, "done")), (into, _) => into);

        Assert.ThrowsAsync<InvalidOperationException>(() => ReleaseLoop.RunAsync(fixture.Run, ReleaseState.Empty, [[plain, images]], CancellationToken.None));
        Assert.That(plain.Runs + images.Runs, Is.Zero);
    }
}
