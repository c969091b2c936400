using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>Reads of the live version and listing that several steps make, in the state's types.</summary>
internal static class LiveReads
{
    /// <summary>The listing of this release's version (whose build number the state knows by now).</summary>
    public static async Task<LiveListing?> ListingAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) =>
        LiveListing.From(await run.Client.GetListingAsync(state.RequireApp().AppSoftwareId, state.RequireBuildNumber(run.Plan), cancellationToken));
}
