using Marketplace.Release.Api;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace Marketplace.Release.Resilience;

/// <summary>
/// The one retry policy of a release: every retried call goes through it, as a Polly v8 retry strategy on
/// <see cref="Time"/> (so tests drive a fake clock). A transient failure is retried at most <see cref="MaxRetries"/>
/// times after an exponential backoff (<see cref="Delay"/>, twice that, … up to <see cref="MaxDelay"/>); a server's
/// <c>Retry-After</c> wins over the backoff. Its users:
/// <list type="bullet">
/// <item>the Marketplace's HTTP reads and uploads (<see cref="ForHttp"/>, in <see cref="MarketplaceHttp"/>): 429, 5xx, network
/// failures and timeouts, with jitter, since one release sends several reads at once;</item>
/// <item>creates (<c>Pipeline/MutationGuard</c>): never re-sent by the HTTP client; re-sent through <see cref="RunAsync{T}"/> only
/// once a read of the live state shows them not done;</item>
/// <item>GitHub's calls (<c>GitHub/GitHubCallRunner</c>): transient failures, and rate limits waited out until their reset
/// (a <see cref="RetryReason.ServerWait"/>, bounded by the run's timeout, not by <see cref="MaxRetries"/>);</item>
/// <item>a stale revision on a PUT (<c>Pipeline/RevisionRetry</c>): read again and sent again once, at once
/// (<see cref="OneImmediateRetry"/>).</item>
/// </list>
/// Waiting for something to finish (an artifact's processing, the Marketplace's review) is polling, not retrying:
/// <c>Pipeline/ArtifactPoller</c> and <c>Approval/ApprovalWaiter</c> keep their own schedule (<c>Pipeline/PollSchedule</c>).
/// </summary>
/// <param name="MaxRetries">Retries after the first attempt; 0 retries nothing.</param>
/// <param name="Delay">The delay before the first retry.</param>
/// <param name="MaxDelay">The longest backoff (a server's <c>Retry-After</c> may ask for longer).</param>
/// <param name="Time">The clock every delay is measured on.</param>
internal sealed record RetryPolicy(int MaxRetries, TimeSpan Delay, TimeSpan MaxDelay, TimeProvider Time)
{
    /// <summary>A stale revision: one retry, at once (the read before the PUT is what changes).</summary>
    public static RetryPolicy OneImmediateRetry { get; } = new(1, TimeSpan.Zero, TimeSpan.Zero, TimeProvider.System);

    /// <summary>The policy of a release with these client options.</summary>
    public static RetryPolicy For(MarketplaceClientOptions options, TimeProvider time) =>
        new(options.MaxRetries, options.RetryDelay, options.MaxRetryDelay, time);

    /// <summary>The backoff before transient retry <paramref name="retry"/> (1 for the first): <see cref="Delay"/> doubled each time, at most <see cref="MaxDelay"/>.</summary>
    public TimeSpan Backoff(int retry) =>
        TimeSpan.FromTicks((long)Math.Min(MaxDelay.Ticks, Delay.Ticks * Math.Pow(2, Math.Max(0, retry - 1))));

    /// <summary>
    /// The retry strategy of the Marketplace's retried HTTP clients: the transient HTTP failures
    /// (Microsoft.Extensions.Http.Resilience's: 408, 429, 5xx, network failures, attempt timeouts), the same
    /// backoff with jitter, <c>Retry-After</c> (seconds or an HTTP date) first.
    /// </summary>
    public HttpRetryStrategyOptions ForHttp()
    {
        var options = new HttpRetryStrategyOptions
        {
            // Polly wants at least one retry; ShouldHandle below holds a policy of none to none.
            MaxRetryAttempts = Math.Max(1, MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = Delay,
            MaxDelay = MaxDelay,
            ShouldRetryAfterHeader = true,
        };
        var transient = options.ShouldHandle;
        var maxRetries = MaxRetries;
        options.ShouldHandle = args => args.AttemptNumber < maxRetries ? transient(args) : ValueTask.FromResult(false);
        return options;
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> until it succeeds or <paramref name="advise"/> stops it: a failure it calls
    /// <see cref="RetryReason.Transient"/> is retried while transient retries remain, one it gives a
    /// <see cref="RetryReason.ServerWait"/> after that wait; <paramref name="retrying"/> is told before every wait.
    /// A result may be advised too, so an attempt can hand back a failure it does not want thrown through a retry
    /// (see <c>MutationGuard</c>). What is not retried (an exception or a result) reaches the caller as it is.
    /// </summary>
    public async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> attempt,
        Func<Outcome<T>, RetryAdvice> advise,
        Action<RetryNotice<T>> retrying,
        CancellationToken cancellationToken)
    {
        var transientRetries = 0;
        var next = RetryAdvice.Stop;
        // The untyped pipeline (its outcomes are objects): the typed one asks Native AOT to keep every member of T.
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = Time }
            .AddRetry(new RetryStrategyOptions
            {
                // The budget is counted here, not by Polly: a server wait uses none of it.
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = args =>
                {
                    next = Decide(advise(Typed<T>(args.Outcome)), transientRetries);
                    return ValueTask.FromResult(next.Reason != RetryReason.None);
                },
                DelayGenerator = _ => ValueTask.FromResult(next.Delay),
                OnRetry = args =>
                {
                    if (next.Reason == RetryReason.Transient)
                    {
                        transientRetries++;
                    }

                    retrying(new RetryNotice<T>(Typed<T>(args.Outcome), next.Reason, next.Delay ?? TimeSpan.Zero, transientRetries));
                    return default;
                },
            })
            .Build();
        return await pipeline.ExecuteAsync(static async (attempt, token) => await attempt(token), attempt, cancellationToken);
    }

    private static Outcome<T> Typed<T>(Outcome<object> outcome) =>
        outcome.Exception is { } exception ? Outcome.FromException<T>(exception) : Outcome.FromResult((T)outcome.Result!);

    /// <summary>The advice with its delay worked out, or <see cref="RetryAdvice.Stop"/> once the transient retries are used up.</summary>
    private RetryAdvice Decide(RetryAdvice advice, int transientRetries) => advice.Reason switch
    {
        RetryReason.Transient when transientRetries < MaxRetries => advice with { Delay = advice.Delay ?? Backoff(transientRetries + 1) },
        RetryReason.ServerWait when advice.Delay is not null => advice,
        _ => RetryAdvice.Stop,
    };
}
