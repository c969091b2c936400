using System.Text.Json.Nodes;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline.Listing;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Publishing is the listing's state becoming PUBLIC: GET the listing, PUT it back with <c>state: PUBLIC</c> and
/// the revision just read (re-read and retry once on a revision mismatch). Also brings a live listing's content
/// in line with the manifest. With <c>listing.state: private</c> the version is only staged.
/// </summary>
internal sealed class PublishStep : IReleaseStep
{
    private static readonly string[] ReadOnlyFields = ["buildNumber", "appSoftwareId", "approvalDetails"];

    public string Name => StepNames.Publish;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var wanted = Wanted(run);
        var staged = "listing.state is private: the version is staged, not published";
        // No listing yet happens only when create-listing did not run its change (a dry run): it would create it in
        // its final state when the release publishes, else PRIVATE.
        var live = state.Listing;
        if (live is null && ListingCreation.State(run) == ListingState.Public)
        {
            return Task.FromResult(StepDecision.Skip("the listing is created PUBLIC by create-listing"));
        }

        var differs = live is null ? [] : DesiredListing.Build(run.Plan.Listing, state).Differences(live.Body);
        if ((live?.IsIn(wanted) ?? wanted == ListingState.Private) && differs.Count == 0)
        {
            return Task.FromResult(StepDecision.Skip(wanted == ListingState.Public ? "the listing is already PUBLIC" : staged));
        }

        if (wanted == ListingState.Private && live?.IsIn(ListingState.Public) == true)
        {
            throw new ReleaseFailedException(FailureKind.Conflict,
                "the listing is already PUBLIC but the manifest asks for private",
                "set listing.state: public (this tool never unpublishes a version; do that in the Marketplace UI)");
        }

        return Task.FromResult(wanted == ListingState.Public && live?.IsIn(ListingState.Public) != true
            ? StepDecision.Change(ChangeKind.VersionListing, "publish the listing (state PUBLIC)", token => UpdateAsync(run, state, token), "dry run: would set the listing's state to PUBLIC")
            : StepDecision.Change(ChangeKind.VersionListing, $"update the listing ({string.Join(", ", differs)})", token => UpdateAsync(run, state, token), "dry run: would update the listing's content"));
    }

    private async Task<StepEffect> UpdateAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var wanted = Wanted(run);
        var appSoftwareId = state.RequireApp().AppSoftwareId;
        var desired = DesiredListing.Build(run.Plan.Listing, state);
        IReadOnlyList<string> differs = [];
        await RevisionRetry.RunAsync(
            async token =>
            {
                // Read afresh: the PUT carries this revision.
                var current = await LiveReads.ListingAsync(run, state, token)
                    ?? throw new ReleaseFailedException(FailureKind.Internal, "the version has no listing to publish", "re-run: the listing is created first");
                differs = desired.Differences(current.Body);
                var body = UpdatedBody(current.Body, desired, differs, wanted);
                return await MutationGuard.RunAsync(
                    run,
                    Name,
                    update => run.Client.UpdateListingAsync(appSoftwareId, state.RequireBuildNumber(run.Plan), body, update),
                    async check => await LiveReads.ListingAsync(run, state, check) is { } listing
                        && listing.IsIn(wanted) && desired.Differences(listing.Body).Count == 0,
                    token);
            },
            () => run.Reporter.Progress(Name, "the listing changed meanwhile (revision mismatch); reading it again and retrying once"),
            cancellationToken);

        var what = differs.Count > 0 ? $" and updated {string.Join(", ", differs)}" : string.Empty;
        return new StepEffect(state, wanted == ListingState.Public ? $"listing is PUBLIC{what}" : $"listing stays PRIVATE{what}");
    }

    private static ListingState Wanted(ReleaseRun run) => run.Plan.Listing.State;

    private static JsonObject UpdatedBody(JsonObject current, DesiredListing desired, IReadOnlyList<string> differs, ListingState wanted)
    {
        var body = (JsonObject)current.DeepClone();
        foreach (var field in ReadOnlyFields)
        {
            body.Remove(field);
        }

        foreach (var field in differs)
        {
            body[field] = desired.Body[field]?.DeepClone();
        }

        body["state"] = wanted.Word();
        // The GET shows an instruction without a screenshot as "screenshot": {}; the PUT must not send it back.
        return EmptyScreenshots.Drop(body);
    }
}
