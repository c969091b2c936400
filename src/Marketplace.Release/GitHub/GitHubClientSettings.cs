using Marketplace.Release.Resilience;

namespace Marketplace.Release.GitHub;

/// <summary>Waits and retries of the GitHub calls.</summary>
/// <param name="Retries">The release's one retry policy: its transient retries, backoff and clock.</param>
/// <param name="RateLimitBudget">How long a run may wait in all for rate limits to reset (the run's <c>--timeout</c>).</param>
/// <param name="Waiting">Told (one line) before every wait, so a long pause is never silent.</param>
internal sealed record GitHubClientSettings(
    RetryPolicy Retries,
    TimeSpan RateLimitBudget,
    TimeSpan AttemptTimeout,
    Action<string> Waiting)
{
    public TimeProvider Time => Retries.Time;
}
