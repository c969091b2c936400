using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Release.Tests.Pipeline;

/// <summary>The poller runs on a fake clock: a ten-minute wait takes milliseconds and every look is counted.</summary>
[TestFixture]
internal sealed class ArtifactPollerTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
    private FakeTimeProvider time = null!;
    private readonly List<DateTimeOffset> looks = [];
    private readonly List<string> progress = [];

    [SetUp]
    public void SetUp()
    {
        time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        looks.Clear();
        progress.Clear();
    }

    [TestCase(3, 0.0)]
    [TestCase(9, 0.0)]
    [TestCase(45, 0.17)]
    [TestCase(290, 0.17)]
    [TestCase(600, 0.10)]
    [TestCase(700, 0.10)]
    public async Task A_processed_artifact_is_noticed_within_one_second_at_first_then_a_share_of_the_processing_time(int readyAfterSeconds, double share)
    {
        var readyAt = time.GetUtcNow().AddSeconds(readyAfterSeconds);
        var poller = Poller(now => now >= readyAt ? Processed() : null);

        var artifact = await RunAsync(poller.WaitAsync("a1", TimeSpan.FromMinutes(15), noWait: false, CancellationToken.None));

        var lateness = looks[^1] - readyAt;
        var allowed = TimeSpan.FromSeconds(Math.Max(1, readyAfterSeconds * share)) + Step;
        Assert.That(artifact.StatusWord, Is.EqualTo("PROCESSED"));
        Assert.That(lateness, Is.LessThanOrEqualTo(allowed), $"noticed {lateness.TotalSeconds} s late");
    }

    [Test]
    public void Every_ready_moment_of_a_ten_minute_wait_is_noticed_within_the_promised_share()
    {
        // The schedule alone, without the poller's clock steps: for any moment an artifact becomes ready, the next
        // look comes within max(1 s, 17 %) of it, and within 10 % from 10 minutes on (see PollSchedule).
        var initial = TimeSpan.FromSeconds(1);
        var max = TimeSpan.FromSeconds(60);
        var at = TimeSpan.Zero;
        while (at < TimeSpan.FromMinutes(20))
        {
            var next = at + PollSchedule.Next(at, initial, max);
            var readyJustAfter = at.TotalSeconds;
            var share = readyJustAfter >= 600 ? 0.10 : 0.17;
            var allowed = Math.Max(initial.TotalSeconds, readyJustAfter * share);
            Assert.That((next - at).TotalSeconds, Is.LessThanOrEqualTo(allowed + 0.001), $"gap after the look at {at.TotalSeconds:0.0} s");
            at = next;
        }
    }

    [Test]
    public async Task A_ten_minute_wait_makes_at_most_forty_looks_then_stops_as_pending()
    {
        var poller = Poller(_ => Processing("PROCESSING"));

        var failure = await FailureOf(poller.WaitAsync("a1", TimeSpan.FromMinutes(10), noWait: false, CancellationToken.None));

        Assert.That(failure.Kind, Is.EqualTo(FailureKind.Pending));
        Assert.That(failure.ExitCode, Is.EqualTo(5));
        Assert.That(failure.Cause, Does.Contain("status PROCESSING"));
        Assert.That(looks, Has.Count.InRange(30, 40));
        Assert.That(looks[^1] - looks[0], Is.EqualTo(TimeSpan.FromMinutes(10)).Within(Step));
        Assert.That(progress, Is.Not.Empty.And.All.Contain("waiting for artifact a1"));
        Assert.That(progress, Has.Count.LessThanOrEqualTo(looks.Count));
    }

    [Test]
    public async Task A_longer_retry_after_on_a_not_yet_answer_is_honoured()
    {
        var readyAt = time.GetUtcNow().AddSeconds(5);
        var poller = Poller(now => now >= readyAt ? Processed() : Processing("PROCESSING"), retryAfter: TimeSpan.FromSeconds(20));

        await RunAsync(poller.WaitAsync("a1", TimeSpan.FromMinutes(10), noWait: false, CancellationToken.None));

        Assert.That(looks, Has.Count.EqualTo(2));
        Assert.That(looks[1] - looks[0], Is.EqualTo(TimeSpan.FromSeconds(20)).Within(Step));
    }

    [Test]
    public async Task A_shorter_retry_after_does_not_make_looks_more_frequent()
    {
        var poller = Poller(_ => Processing("PROCESSING"), retryAfter: TimeSpan.FromMilliseconds(100));

        await FailureOf(poller.WaitAsync("a1", TimeSpan.FromMinutes(10), noWait: false, CancellationToken.None));

        Assert.That(looks, Has.Count.InRange(30, 40));
    }

    [TestCase("UPLOADED")]
    [TestCase("PENDING")]
    [TestCase("processing")]
    [TestCase("QUEUED")]
    public async Task Not_yet_statuses_keep_waiting(string status)
    {
        var readyAt = time.GetUtcNow().AddSeconds(5);
        var poller = Poller(now => now >= readyAt ? Processed() : Processing(status));

        var artifact = await RunAsync(poller.WaitAsync("a1", TimeSpan.FromMinutes(1), noWait: false, CancellationToken.None));

        Assert.That(artifact.StatusWord, Is.EqualTo("PROCESSED"));
        Assert.That(looks, Has.Count.GreaterThan(1));
    }

    [Test]
    public async Task A_body_without_status_is_ready()
    {
        var poller = Poller(_ => new ArtifactResponse(null, null, null, null, null));

        await RunAsync(poller.WaitAsync("a1", TimeSpan.FromMinutes(1), noWait: false, CancellationToken.None));

        Assert.That(looks, Has.Count.EqualTo(1));
    }

    [TestCase("FAILED")]
    [TestCase("REJECTED")]
    [TestCase("failed")]
    public async Task Failed_processing_ends_the_release_as_refused_with_the_reason(string status)
    {
        var poller = Poller(_ => new ArtifactResponse(null, null, null, status, "atlassian-plugin.xml is missing"));

        var failure = await FailureOf(poller.WaitAsync("a1", TimeSpan.FromMinutes(1), noWait: false, CancellationToken.None));

        Assert.That(failure.ExitCode, Is.EqualTo(4));
        Assert.That(failure.MarketplaceText, Is.EqualTo("atlassian-plugin.xml is missing"));
    }

    [Test]
    public async Task No_wait_stops_after_one_look()
    {
        var poller = Poller(_ => null);

        var failure = await FailureOf(poller.WaitAsync("a1", TimeSpan.FromMinutes(10), noWait: true, CancellationToken.None));

        Assert.That(failure.Kind, Is.EqualTo(FailureKind.Pending));
        Assert.That(looks, Has.Count.EqualTo(1));
    }

    private ArtifactPoller Poller(Func<DateTimeOffset, ArtifactResponse?> answer, TimeSpan? retryAfter = null) =>
        new((_, _) =>
            {
                looks.Add(time.GetUtcNow());
                return Task.FromResult(new ArtifactPoll(answer(time.GetUtcNow()), retryAfter));
            },
            time,
            TimeSpan.FromSeconds(1),
            TimeSpan.FromSeconds(60),
            TimeSpan.FromSeconds(10),
            progress.Add);

    /// <summary>Advances the fake clock in small steps until the task ends (bounded: a bug cannot hang the run).</summary>
    private async Task<T> RunAsync<T>(Task<T> task)
    {
        for (var i = 0; !task.IsCompleted && i < 20_000; i++)
        {
            time.Advance(Step);
            await Task.Yield();
        }

        Assert.That(task.IsCompleted, Is.True, "the poller did not finish within 80 fake minutes");
        return await task;
    }

    private async Task<ReleaseFailure> FailureOf<T>(Task<T> task)
    {
        try
        {
            await RunAsync(task);
        }
        catch (ReleaseFailedException failed)
        {
            return failed.Failure;
        }

        Assert.Fail("the wait was expected to fail");
        throw new InvalidOperationException();
    }

    private static ArtifactResponse Processed() => new(null, null, null, "PROCESSED", null);

    private static ArtifactResponse Processing(string status) => new(null, null, null, status, null);
}
