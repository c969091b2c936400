using Marketplace.Release.Api;
using Marketplace.Release.Resilience;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// A listing PUT carries the revision of the GET before it; a stale one is refused (400 "Revision mismatch",
/// docs/marketplace-api.md § Version listing). Someone changed the listing meanwhile: read it again and try once more
/// (<see cref="RetryPolicy.OneImmediateRetry"/>).
/// </summary>
internal static class RevisionRetry
{
    public static Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> readAndUpdate, Action retrying, CancellationToken cancellationToken) =>
        RetryPolicy.OneImmediateRetry.RunAsync(
            readAndUpdate,
            outcome => outcome.Exception is MarketplaceApiException { RevisionMismatch: true } ? RetryAdvice.Transient() : RetryAdvice.Stop,
            _ => retrying(),
            cancellationToken);
}
