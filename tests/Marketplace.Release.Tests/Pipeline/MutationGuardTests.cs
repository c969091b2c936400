using Marketplace.Release.Api;
using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Release.Tests.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline;

/// <summary>
/// Exactly-once creates on their own, on a fake clock: a create whose answer was lost is settled by reading the
/// live state and sent again only when the read shows it not done, under the release's retry policy (4 retries,
/// 1 s doubling up to 30 s by default).
/// </summary>
[TestFixture]
internal sealed class MutationGuardTests
{
    private const string Request = "POST /rest/3/app-software/app-software-1/versions";
    private StepFixture fixture = null!;
    private TimerSignallingTimeProvider time = null!;
    private ReleaseRun run = null!;
    private int creates;
    private int reads;

    [SetUp]
    public void SetUp()
    {
        time = new TimerSignallingTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        fixture = new StepFixture();
        (creates, reads) = (0, 0);
        run = fixture.Run(fixture.Options with { TimeProvider = time });
    }

    [Test]
    public async Task A_lost_create_that_the_live_state_shows_done_is_not_sent_again()
    {
        var performed = await Guard(_ => throw Lost(503), isDone: true);

        Assert.That(performed, Is.False);
        Assert.That((creates, reads), Is.EqualTo((1, 1)));
        Assert.That(fixture.Reporter.Events, Has.Member($"info {Request} failed (503), but the Marketplace holds the result: not sending it again"));
    }

    [Test]
    public async Task A_lost_create_that_the_live_state_shows_missing_is_sent_again_after_the_backoff()
    {
        var task = Guard(_ => creates == 1 ? throw Lost(null) : Task.CompletedTask, isDone: false);

        var delay = await time.WaitForTimerAsync(due => due > TimeSpan.Zero);
        time.Advance(delay);

        Assert.That(await task.WaitAsync(TimeSpan.FromSeconds(30)), Is.True);
        Assert.That(delay, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That((creates, reads), Is.EqualTo((2, 1)));
        Assert.That(fixture.Reporter.Events, Has.Member($"progress create-version: {Request} failed (no response) and the live state shows it was not done; retrying in 1 s"));
    }

    [Test]
    public async Task A_retry_after_on_the_lost_create_sets_the_wait()
    {
        var task = Guard(_ => creates == 1 ? throw Lost(429, TimeSpan.FromSeconds(45)) : Task.CompletedTask, isDone: false);

        var delay = await time.WaitForTimerAsync(due => due > TimeSpan.Zero);
        time.Advance(delay);

        Assert.That(await task.WaitAsync(TimeSpan.FromSeconds(30)), Is.True);
        Assert.That(delay, Is.EqualTo(TimeSpan.FromSeconds(45)));
    }

    [Test]
    public async Task Creates_that_keep_failing_end_with_the_last_creates_own_failure_after_every_retry()
    {
        var task = Guard(_ => throw Lost(502), isDone: false);

        var delays = new List<TimeSpan>();
        for (var retry = 0; retry < run.Options.Client.MaxRetries; retry++)
        {
            delays.Add(await time.WaitForTimerAsync(due => due > TimeSpan.Zero));
            time.Advance(delays[^1]);
        }

        var error = Assert.ThrowsAsync<MarketplaceApiException>(() => task.WaitAsync(TimeSpan.FromSeconds(30)))!;
        Assert.That(error.Status, Is.EqualTo(502));
        Assert.That((creates, reads), Is.EqualTo((5, 5)), "every re-send follows a read that found the create missing");
        Assert.That(delays, Is.EqualTo(new[] { 1, 2, 4, 8 }.Select(s => TimeSpan.FromSeconds(s))));
    }

    [Test]
    public async Task A_failing_read_of_the_live_state_never_leads_to_a_second_create()
    {
        var task = MutationGuard.RunAsync(run, "create-version",
            _ =>
            {
                creates++;
                throw Lost(503);
            },
            _ =>
            {
                reads++;
                throw new MarketplaceApiException("GET /rest/3/app-software/app-software-1/versions/140", 503, null, FailureKind.Transient);
            },
            CancellationToken.None);

        var error = Assert.ThrowsAsync<MarketplaceApiException>(() => task.WaitAsync(TimeSpan.FromSeconds(30)))!;
        Assert.That(error.Request, Does.StartWith("GET "), "the read's failure, not the create's");
        Assert.That((creates, reads), Is.EqualTo((1, 1)));
        await Task.CompletedTask;
    }

    [Test]
    public async Task A_refusal_that_is_not_transient_is_thrown_at_once_when_the_live_state_does_not_explain_it()
    {
        var task = Guard(_ => throw new MarketplaceApiException(Request, 409, null, FailureKind.Refused), isDone: false);

        var error = Assert.ThrowsAsync<MarketplaceApiException>(() => task.WaitAsync(TimeSpan.FromSeconds(30)))!;
        Assert.That(error.Status, Is.EqualTo(409));
        Assert.That((creates, reads), Is.EqualTo((1, 1)));
        await Task.CompletedTask;
    }

    private Task<bool> Guard(Func<CancellationToken, Task> create, bool isDone) =>
        MutationGuard.RunAsync(run, "create-version",
            token =>
            {
                creates++;
                return create(token);
            },
            _ =>
            {
                reads++;
                return Task.FromResult(isDone);
            },
            CancellationToken.None);

    private static MarketplaceApiException Lost(int? status, TimeSpan? retryAfter = null) =>
        new(Request, status, null, FailureKind.Transient) { RetryAfter = retryAfter };
}
