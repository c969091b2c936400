using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline.Listing;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Creates the version listing, once everything it shows exists: PUBLIC directly when the release publishes, else
/// PRIVATE (<see cref="ListingCreation"/>). Exactly once, even when a response is lost.
/// </summary>
internal sealed class CreateListingStep : IReleaseStep
{
    public string Name => StepNames.CreateListing;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) => Task.FromResult(
        state.Listing is { } live
            ? StepDecision.Skip($"the version already has a {live.StateWord} listing")
            : StepDecision.Change(ChangeKind.VersionListing, $"create the version listing ({ListingCreation.State(run).Word()})", token => CreateAsync(run, state, token), $"dry run: would create the listing as {ListingCreation.State(run).Word()}"));

    private async Task<StepEffect> CreateAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var appSoftwareId = state.RequireApp().AppSoftwareId;
        var desired = DesiredListing.Build(run.Plan.Listing, state);
        var wanted = ListingCreation.State(run);
        var body = desired.Send(wanted);
        LiveListing? found = null;
        var created = await MutationGuard.RunAsync(
            run,
            Name,
            token => run.Client.CreateListingAsync(appSoftwareId, state.RequireBuildNumber(run.Plan), body, token),
            async token => (found = await LiveReads.ListingAsync(run, state, token)) is not null,
            cancellationToken);

        // Issue 22: a listing this run just created is the body it sent; when verify follows, it reads the listing back
        // anyway, so reading it here too would only add a round trip. Otherwise (a stage run, or one found) it is read.
        var live = found ?? (created && run.StopAfter >= ReleaseStage.Verify ? new LiveListing(body) : null)
            ?? await LiveReads.ListingAsync(run, state, cancellationToken)
            ?? throw new ReleaseFailedException(FailureKind.Internal,
                "the Marketplace answered the creation of the listing but does not show it", "re-run in a minute");
        // Another run may have created it from its own upload of the same images: take the ids it shows.
        state = state with { Listing = live, ImageIds = created ? state.ImageIds : desired.AdoptLiveImages(state.ImageIds, live.Body) };
        return new StepEffect(state, created ? $"created the listing as {wanted.Word()}" : "the listing was already created (a lost response or another run); not created twice");
    }
}
