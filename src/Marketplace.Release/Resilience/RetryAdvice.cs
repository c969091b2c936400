namespace Marketplace.Release.Resilience;

/// <summary>What a caller of <see cref="RetryPolicy.RunAsync{T}"/> says about one failed attempt; the policy decides the rest.</summary>
/// <param name="Delay">For <see cref="RetryReason.Transient"/>, the server's <c>Retry-After</c> when it sent one (it wins over the backoff); for <see cref="RetryReason.ServerWait"/>, the wait.</param>
internal readonly record struct RetryAdvice(RetryReason Reason, TimeSpan? Delay)
{
    /// <summary>Not retried: the outcome goes to the caller as it is.</summary>
    public static RetryAdvice Stop => default;

    public static RetryAdvice Transient(TimeSpan? retryAfter = null) => new(RetryReason.Transient, retryAfter);

    public static RetryAdvice WaitFor(TimeSpan wait) => new(RetryReason.ServerWait, wait);
}
