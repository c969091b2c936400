using Polly;

namespace Marketplace.Release.Resilience;

/// <summary>Told before every wait of <see cref="RetryPolicy.RunAsync{T}"/>, so a pause is never silent.</summary>
/// <param name="Outcome">The failed attempt: its exception, or the result the caller advised to retry.</param>
/// <param name="Retry">Which transient retry this is (1 for the first); server waits leave it as it was.</param>
internal readonly record struct RetryNotice<T>(Outcome<T> Outcome, RetryReason Reason, TimeSpan Delay, int Retry);
