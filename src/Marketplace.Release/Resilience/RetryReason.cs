namespace Marketplace.Release.Resilience;

/// <summary>Why <see cref="RetryPolicy"/> tries a failed call again, if it does.</summary>
internal enum RetryReason
{
    /// <summary>Not retried: the failure goes to the caller.</summary>
    None,

    /// <summary>A transient failure: retried up to <see cref="RetryPolicy.MaxRetries"/> times, after the backoff or the server's <c>Retry-After</c>.</summary>
    Transient,

    /// <summary>The server said when to come back (a rate limit's reset): retried after that wait, which counts against no retry budget.</summary>
    ServerWait,
}
