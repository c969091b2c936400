using Marketplace.Release.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Release.Tests.Pipeline;

/// <summary>The one pacing of the artifact wait and the approval wait: schedule, Retry-After, timeout, progress.</summary>
public sealed class PollPacerTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private FakeTimeProvider time = null!;
    private List<string> progress = null!;

    [SetUp]
    public void SetUp()
    {
        time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        progress = [];
    }

    private PollPacer Pacer(TimeSpan timeout) =>
        new(time, timeout, Second, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(30), progress.Add);

    [Test]
    public void The_first_pause_is_the_schedules_initial_gap()
    {
        var pause = Pacer(TimeSpan.FromMinutes(10)).PauseAsync("artifact a1", "status PROCESSING", null, CancellationToken.None);

        time.Advance(Second - TimeSpan.FromMilliseconds(1));
        Assert.That(pause.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That(pause.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public void A_longer_Retry_After_wins_and_the_timeout_caps_the_pause()
    {
        var pacer = Pacer(TimeSpan.FromSeconds(5));

        var pause = pacer.PauseAsync("artifact a1", "status PROCESSING", TimeSpan.FromSeconds(30), CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(1));
        Assert.That(pause.IsCompleted, Is.False, "Retry-After (30 s) is longer than the schedule's 1 s");
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That(pause.IsCompletedSuccessfully, Is.True, "but never past the 5 s timeout");
        Assert.That(pacer.TimedOut, Is.True);
    }

    [Test]
    public void Progress_is_told_at_most_once_per_interval_with_the_time_waited_and_the_timeout()
    {
        var pacer = Pacer(TimeSpan.FromMinutes(10));

        while (pacer.Waited < TimeSpan.FromSeconds(50))
        {
            var pause = pacer.PauseAsync("approval of version 1.4.0", "SUBMITTED", null, CancellationToken.None);
            for (var step = 0; step < 700 && !pause.IsCompleted; step++)
            {
                time.Advance(TimeSpan.FromMilliseconds(100));
            }

            Assert.That(pause.IsCompletedSuccessfully, Is.True);
        }

        Assert.That(progress, Has.Count.EqualTo(1), "one line in the first 50 s at a 30 s interval");
        Assert.That(progress[0], Does.StartWith("waiting for approval of version 1.4.0: SUBMITTED, 30").And.EndWith(" s so far (timeout 10 min)"));
    }

    [Test]
    public void A_timeout_already_passed_pauses_not_at_all()
    {
        var pacer = Pacer(Second);
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.That(pacer.PauseAsync("artifact a1", "status PROCESSING", null, CancellationToken.None).IsCompletedSuccessfully, Is.True);
    }
}
