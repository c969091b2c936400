using Marketplace.Release.Domain;

namespace Marketplace.Release.Pipeline.Listing;

/// <summary>
/// The state a new version listing is created in. The listing POST requires a <c>state</c>, <c>PUBLIC</c> or
/// <c>PRIVATE</c>, and a listing created PUBLIC is published (the Marketplace API reference), so a release that publishes creates it PUBLIC directly: by then the
/// version, its processed artifact and every uploaded image it shows exist, and the publish step's read and PUT
/// would only repeat the POST (issue 22: one round trip and two requests fewer). A run that stops before publish,
/// or a manifest with <c>listing.state: private</c>, creates it PRIVATE as before. It is also the state the run
/// leaves the listing in, which tells a published release from a staged one.
/// </summary>
internal static class ListingCreation
{
    public static ListingState State(ReleaseRun run) =>
        run.StopAfter >= ReleaseStage.Publish ? run.Plan.Listing.State : ListingState.Private;
}
