using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>Reads of the live version and listing that several steps make, in the state's types.</summary>
internal static class LiveReads
{
    public static async Task<LiveListing?> ListingAsync(ReleaseRun run, string appSoftwareId, CancellationToken cancellationToken) =>
        LiveListing.From(await run.Client.GetListingAsync(appSoftwareId, run.BuildNumber, cancellationToken));
}
