using Marketplace.Release.GitHub;
using Marketplace.Release.Resilience;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.GitHub;

/// <summary>
/// One GitHub call under the release's retry policy, on a fake clock: rate limits are waited out until their reset
/// when it comes before the run's deadline, transient failures are retried with the policy's backoff, the rest and
/// everything past the budget reach the caller; every wait is told first.
/// </summary>
[TestFixture]
internal sealed class GitHubCallRunnerTests
{
    private const string Request = "GET repos/octo-org/timesheets/releases/tags/v1.4.0";
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly List<string> waits = [];
    private TimerSignallingTimeProvider time = null!;
    private int calls;

    [SetUp]
    public void SetUp()
    {
        time = new TimerSignallingTimeProvider(Start);
        waits.Clear();
        calls = 0;
    }

    [Test]
    public async Task A_rate_limit_is_waited_out_without_using_a_transient_retry()
    {
        // Each made when it is thrown: a rate limit resets 40 s after it is met.
        var failures = new Queue<Func<GitHubException>>([() => RateLimited(resetIn: TimeSpan.FromSeconds(40)), Transient, () => RateLimited(resetIn: TimeSpan.FromSeconds(40)), Transient]);
        var task = Runner(maxRetries: 1).RunAsync<string>(Request, _ =>
        {
            calls++;
            throw failures.Dequeue()();
        }, CancellationToken.None);

        var delays = await DriveAsync(timers: 3);

        var error = Assert.ThrowsAsync<GitHubException>(() => task.WaitAsync(TimeSpan.FromSeconds(30)))!;
        Assert.That(error.Kind, Is.EqualTo(GitHubErrorKind.Transient));
        Assert.That(calls, Is.EqualTo(4), "the rate limits used none of the one transient retry");
        Assert.That(delays, Is.EqualTo(new[] { 41, 1, 41 }.Select(s => TimeSpan.FromSeconds(s))), "a second past the reset; the backoff's first delay");
        Assert.That(waits, Is.EqualTo(new[]
        {
            $"GitHub's rate limit is exhausted ({Request}); waiting 41 s until it resets at 09:00:40 UTC",
            $"GitHub failed ({Request} failed: 502 Bad Gateway); retry 1 of 1 in 1 s",
            $"GitHub's rate limit is exhausted ({Request}); waiting 41 s until it resets at 09:01:22 UTC",
        }));
    }

    [Test]
    public async Task A_rate_limit_that_resets_after_the_deadline_reaches_the_caller_without_a_wait()
    {
        var task = Runner(maxRetries: 3, budget: TimeSpan.FromMinutes(1)).RunAsync<string>(Request, _ =>
        {
            calls++;
            throw RateLimited(resetIn: TimeSpan.FromMinutes(5));
        }, CancellationToken.None);

        var error = Assert.ThrowsAsync<GitHubException>(() => task.WaitAsync(TimeSpan.FromSeconds(30)))!;
        Assert.That(error.Kind, Is.EqualTo(GitHubErrorKind.RateLimited));
        Assert.That(calls, Is.EqualTo(1));
        Assert.That(waits, Is.Empty);
        await Task.CompletedTask;
    }

    [Test]
    public async Task Transient_failures_are_retried_with_the_doubling_backoff_then_the_call_succeeds()
    {
        var task = Runner(maxRetries: 3).RunAsync(Request, _ => ++calls < 4 ? throw Transient() : Task.FromResult("release"), CancellationToken.None);

        var delays = await DriveAsync(timers: 3);

        Assert.That(await task, Is.EqualTo("release"));
        Assert.That(delays, Is.EqualTo(new[] { 1, 2, 4 }.Select(s => TimeSpan.FromSeconds(s))));
    }

    [Test]
    public async Task An_error_translated_from_the_client_is_retried_as_its_kind_and_reaches_the_caller_translated()
    {
        var task = Runner(maxRetries: 1).RunAsync<string>(Request, _ =>
        {
            calls++;
            throw new HttpRequestException("connection reset");
        }, CancellationToken.None);

        await DriveAsync(timers: 1);

        var error = Assert.ThrowsAsync<GitHubException>(() => task.WaitAsync(TimeSpan.FromSeconds(30)))!;
        Assert.That(error.Kind, Is.EqualTo(GitHubErrorKind.Transient));
        Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(calls, Is.EqualTo(2));
    }

    [TestCase(GitHubErrorKind.NotFound)]
    [TestCase(GitHubErrorKind.Unauthorized)]
    [TestCase(GitHubErrorKind.Refused)]
    public async Task A_refusal_is_not_retried(GitHubErrorKind kind)
    {
        var task = Runner(maxRetries: 3).RunAsync<string>(Request, _ =>
        {
            calls++;
            throw new GitHubException(kind, Request, 404, "Not Found");
        }, CancellationToken.None);

        Assert.That(Assert.ThrowsAsync<GitHubException>(() => task.WaitAsync(TimeSpan.FromSeconds(30)))!.Kind, Is.EqualTo(kind));
        Assert.That(calls, Is.EqualTo(1));
        await Task.CompletedTask;
    }

    private GitHubCallRunner Runner(int maxRetries, TimeSpan? budget = null) => new(
        new GitHubClientSettings(new RetryPolicy(maxRetries, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), time), budget ?? TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(10), waits.Add),
        (exception, request) => exception is HttpRequestException ? new GitHubException(GitHubErrorKind.Transient, request, null, exception.Message, null, exception) : null);

    private GitHubException RateLimited(TimeSpan resetIn) =>
        new(GitHubErrorKind.RateLimited, Request, 403, "API rate limit exceeded", time.GetUtcNow() + resetIn);

    private static GitHubException Transient() => new(GitHubErrorKind.Transient, Request, 502, "Bad Gateway");

    /// <summary>Advances the clock past <paramref name="timers"/> waits in turn; returns their due times.</summary>
    private async Task<List<TimeSpan>> DriveAsync(int timers)
    {
        var delays = new List<TimeSpan>();
        for (var i = 0; i < timers; i++)
        {
            delays.Add(await time.WaitForTimerAsync(due => due > TimeSpan.Zero));
            time.Advance(delays[^1]);
        }

        return delays;
    }
}
