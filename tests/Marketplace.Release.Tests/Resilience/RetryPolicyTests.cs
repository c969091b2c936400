using System.Net;
using Marketplace.Release.Resilience;
using Marketplace.Release.Tests.Fixtures;
using Polly;

namespace Marketplace.Release.Tests.Resilience;

/// <summary>
/// The one retry policy on its own, on a fake clock: how many attempts, which failures are retried and which are
/// not, and the delays, read from the timers the policy starts (the test advances the clock past each one).
/// </summary>
[TestFixture]
internal sealed class RetryPolicyTests
{
    private TimerSignallingTimeProvider time = null!;

    [SetUp]
    public void SetUp() => time = new TimerSignallingTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public void The_backoff_doubles_from_the_delay_up_to_the_longest()
    {
        var policy = Policy(maxRetries: 6);

        Assert.That(Enumerable.Range(1, 6).Select(policy.Backoff), Is.EqualTo(new[] { 1, 2, 4, 8, 8, 8 }.Select(s => TimeSpan.FromSeconds(s))));
    }

    [Test]
    public async Task A_transient_failure_is_retried_max_retries_times_after_the_backoff_then_reaches_the_caller()
    {
        var attempts = 0;
        var notices = new List<RetryNotice<int>>();
        var run = Policy(maxRetries: 3).RunAsync<int>(
            _ => throw new TransientFailure(++attempts),
            outcome => outcome.Exception is TransientFailure ? RetryAdvice.Transient() : RetryAdvice.Stop,
            notices.Add,
            CancellationToken.None);

        var delays = await DriveAsync(run, timers: 3);

        var error = Assert.ThrowsAsync<TransientFailure>(() => run)!;
        Assert.That(error.Attempt, Is.EqualTo(4), "the last attempt's failure reaches the caller");
        Assert.That(attempts, Is.EqualTo(1 + 3));
        Assert.That(delays, Is.EqualTo(new[] { 1, 2, 4 }.Select(s => TimeSpan.FromSeconds(s))));
        Assert.That(notices.Select(n => (n.Reason, n.Retry, n.Delay)), Is.EqualTo(new[]
        {
            (RetryReason.Transient, 1, TimeSpan.FromSeconds(1)),
            (RetryReason.Transient, 2, TimeSpan.FromSeconds(2)),
            (RetryReason.Transient, 3, TimeSpan.FromSeconds(4)),
        }));
    }

    [Test]
    public async Task A_failure_that_is_not_advised_as_transient_reaches_the_caller_at_once()
    {
        var attempts = 0;
        var notices = new List<RetryNotice<int>>();

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => Policy(maxRetries: 3).RunAsync<int>(
            _ => throw new InvalidOperationException($"refused {++attempts}"),
            outcome => outcome.Exception is TransientFailure ? RetryAdvice.Transient() : RetryAdvice.Stop,
            notices.Add,
            CancellationToken.None))!;

        Assert.That(error.Message, Is.EqualTo("refused 1"));
        Assert.That(attempts, Is.EqualTo(1));
        Assert.That(notices, Is.Empty);
        await Task.CompletedTask;
    }

    [Test]
    public async Task No_retries_means_one_attempt()
    {
        var attempts = 0;

        Assert.ThrowsAsync<TransientFailure>(() => Policy(maxRetries: 0).RunAsync<int>(
            _ => throw new TransientFailure(++attempts),
            _ => RetryAdvice.Transient(),
            _ => Assert.Fail("a policy of no retries announced a retry"),
            CancellationToken.None));

        Assert.That(attempts, Is.EqualTo(1));
        await Task.CompletedTask;
    }

    [Test]
    public async Task A_servers_retry_after_wins_over_the_backoff_even_past_the_longest_backoff()
    {
        var attempts = 0;
        var run = Policy(maxRetries: 2).RunAsync(
            _ => ++attempts < 2 ? throw new TransientFailure(attempts) : Task.FromResult("done"),
            outcome => outcome.Exception is TransientFailure ? RetryAdvice.Transient(retryAfter: TimeSpan.FromSeconds(30)) : RetryAdvice.Stop,
            _ => { },
            CancellationToken.None);

        var delays = await DriveAsync(run, timers: 1);

        Assert.That(await run, Is.EqualTo("done"));
        Assert.That(delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(30) }));
    }

    [Test]
    public async Task Server_waits_use_none_of_the_transient_retries_nor_move_the_backoff()
    {
        // A rate limit, a transient failure, a rate limit, a transient failure: one transient retry allowed.
        var failures = new Queue<Exception>([new RateLimited(), new TransientFailure(2), new RateLimited(), new TransientFailure(4)]);
        var attempts = 0;
        var notices = new List<RetryNotice<int>>();
        var run = Policy(maxRetries: 1).RunAsync<int>(
            _ =>
            {
                attempts++;
                throw failures.Dequeue();
            },
            outcome => outcome.Exception switch
            {
                RateLimited => RetryAdvice.WaitFor(TimeSpan.FromSeconds(45)),
                TransientFailure => RetryAdvice.Transient(),
                _ => RetryAdvice.Stop,
            },
            notices.Add,
            CancellationToken.None);

        var delays = await DriveAsync(run, timers: 3);

        Assert.That(Assert.ThrowsAsync<TransientFailure>(() => run)!.Attempt, Is.EqualTo(4));
        Assert.That(attempts, Is.EqualTo(4));
        Assert.That(delays, Is.EqualTo(new[] { 45, 1, 45 }.Select(s => TimeSpan.FromSeconds(s))));
        Assert.That(notices.Select(n => (n.Reason, n.Retry)), Is.EqualTo(new[]
        {
            (RetryReason.ServerWait, 0),
            (RetryReason.Transient, 1),
            (RetryReason.ServerWait, 1),
        }));
    }

    [Test]
    public async Task A_result_advised_as_transient_is_retried_and_the_last_one_handed_back_not_thrown()
    {
        var attempts = 0;
        var run = Policy(maxRetries: 2).RunAsync(
            _ => Task.FromResult(++attempts),
            outcome => outcome.Result > 0 ? RetryAdvice.Transient() : RetryAdvice.Stop,
            _ => { },
            CancellationToken.None);

        await DriveAsync(run, timers: 2);

        Assert.That(await run, Is.EqualTo(3), "the result of the last attempt, as it was");
    }

    [Test]
    public async Task A_cancelled_wait_ends_the_run_without_another_attempt()
    {
        using var cancellation = new CancellationTokenSource();
        var attempts = 0;
        var run = Policy(maxRetries: 3).RunAsync<int>(
            _ => throw new TransientFailure(++attempts),
            _ => RetryAdvice.Transient(),
            _ => { },
            cancellation.Token);

        await time.WaitForTimerAsync(due => due > TimeSpan.Zero);
        await cancellation.CancelAsync();

        Assert.CatchAsync<OperationCanceledException>(() => run);
        Assert.That(attempts, Is.EqualTo(1));
    }

    [TestCase(HttpStatusCode.ServiceUnavailable, 1 + 3)]
    [TestCase(HttpStatusCode.TooManyRequests, 1 + 3)]
    [TestCase(HttpStatusCode.InternalServerError, 1 + 3)]
    [TestCase(HttpStatusCode.BadRequest, 1)]
    [TestCase(HttpStatusCode.Conflict, 1)]
    [TestCase(HttpStatusCode.NotFound, 1)]
    public async Task The_http_strategy_retries_transient_statuses_only(HttpStatusCode status, int expectedAttempts)
    {
        var (run, attempts) = SendThroughHttpStrategy(Policy(maxRetries: 3), status);

        var delays = await DriveAsync(run, timers: expectedAttempts - 1);

        using var response = await run;
        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(attempts(), Is.EqualTo(expectedAttempts));
        Assert.That(delays, Has.All.LessThanOrEqualTo(TimeSpan.FromSeconds(8)), "jittered, but never past the longest backoff");
    }

    [Test]
    public async Task The_http_strategy_of_no_retries_sends_once()
    {
        var (run, attempts) = SendThroughHttpStrategy(Policy(maxRetries: 0), HttpStatusCode.ServiceUnavailable);

        using var response = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(attempts(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_http_strategy_waits_the_retry_after_seconds()
    {
        var (run, attempts) = SendThroughHttpStrategy(Policy(maxRetries: 1), HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(20));

        var delays = await DriveAsync(run, timers: 1);

        using var response = await run;
        Assert.That(delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(20) }));
        Assert.That(attempts(), Is.EqualTo(2));
    }

    private RetryPolicy Policy(int maxRetries) => new(maxRetries, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), time);

    /// <summary>Every answer is <paramref name="status"/>; returns the send and a count of the attempts.</summary>
    private (Task<HttpResponseMessage> Run, Func<int> Attempts) SendThroughHttpStrategy(RetryPolicy policy, HttpStatusCode status, TimeSpan? retryAfter = null)
    {
        var attempts = 0;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }.AddRetry(policy.ForHttp()).Build();
        var run = pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            var response = new HttpResponseMessage(status);
            if (retryAfter is { } delay)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
            }

            return ValueTask.FromResult(response);
        }, CancellationToken.None).AsTask();
        return (run, () => attempts);
    }

    /// <summary>Waits for <paramref name="timers"/> retry timers in turn, advancing the clock past each; returns their due times.</summary>
    private async Task<List<TimeSpan>> DriveAsync(Task run, int timers)
    {
        var delays = new List<TimeSpan>();
        for (var i = 0; i < timers; i++)
        {
            var due = await time.WaitForTimerAsync(d => d > TimeSpan.Zero);
            delays.Add(due);
            time.Advance(due);
        }

        // Bounded: a run that starts one more timer than expected fails the test instead of hanging it.
        await run.ContinueWith(static _ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(30));
        return delays;
    }

    private sealed class TransientFailure(int attempt) : Exception($"attempt {attempt} failed")
    {
        public int Attempt { get; } = attempt;
    }

    private sealed class RateLimited() : Exception("rate limited");
}
