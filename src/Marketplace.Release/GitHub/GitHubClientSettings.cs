namespace Marketplace.Release.GitHub;

/// <summary>Waits and retries of the GitHub calls.</summary>
/// <param name="RateLimitBudget">How long a run may wait in all for rate limits to reset (the run's <c>--timeout</c>).</param>
/// <param name="Waiting">Told (one line) before every wait, so a long pause is never silent.</param>
internal sealed record GitHubClientSettings(
    TimeProvider Time,
    TimeSpan RateLimitBudget,
    TimeSpan AttemptTimeout,
    int MaxRetries,
    TimeSpan RetryDelay,
    TimeSpan MaxRetryDelay,
    Action<string> Waiting);
