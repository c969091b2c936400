using Marketplace.Release.Api;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// A listing PUT carries the revision of the GET before it; a stale one is refused (400 "Revision mismatch",
/// docs/marketplace-api.md § Version listing). Someone changed the listing meanwhile: read it again and try once more.
/// </summary>
internal static class RevisionRetry
{
    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> readAndUpdate, Action retrying, CancellationToken cancellationToken)
    {
        try
        {
            return await readAndUpdate(cancellationToken);
        }
        catch (MarketplaceApiException error) when (error.RevisionMismatch)
        {
            retrying();
            return await readAndUpdate(cancellationToken);
        }
    }
}
