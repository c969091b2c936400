using System.Text.Json.Nodes;
using Marketplace.Release.Api;
using Marketplace.Release.Reporting;

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

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellationToken)
    {
        var wanted = context.Plan.Listing.Public ? "PUBLIC" : "PRIVATE";
        if (context.DryRun)
        {
            return Plan(context, wanted);
        }

        var appSoftwareId = context.RequireAppSoftwareId();
        for (var attempt = 0; ; attempt++)
        {
            var current = await CreateListingStep.ReadAsync(context, appSoftwareId, cancellationToken)
                ?? throw new ReleaseFailedException(FailureKind.Internal, "the version has no listing to publish", "re-run: the listing is created first");
            context.LiveListing = current;
            var state = current["state"]?.ToString();
            var differs = JsonMatch.Differences(DesiredListing.Build(context), current);
            if (string.Equals(state, wanted, StringComparison.OrdinalIgnoreCase) && differs.Count == 0)
            {
                return StepResult.Skip(wanted == "PUBLIC" ? "the listing is already PUBLIC" : "listing.state is private: the version is staged, not published");
            }

            if (wanted == "PRIVATE" && string.Equals(state, "PUBLIC", StringComparison.OrdinalIgnoreCase))
            {
                throw new ReleaseFailedException(FailureKind.Conflict,
                    "the listing is already PUBLIC but the manifest asks for private",
                    "set listing.state: public (this tool never unpublishes a version; do that in the Marketplace UI)");
            }

            var body = UpdatedBody(context, current, differs, wanted);
            try
            {
                await MutationGuard.RunAsync(
                    context,
                    token => context.Client.UpdateListingAsync(appSoftwareId, context.BuildNumber, body, token),
                    async token => Satisfied(context, await CreateListingStep.ReadAsync(context, appSoftwareId, token), wanted),
                    _ => false,
                    cancellationToken);
            }
            catch (ReleaseFailedException failure) when (attempt == 0 && failure.InnerException is MarketplaceApiException { Status: 400 } error
                && error.Error?.HasMessage("revision") == true)
            {
                context.Reporter.Progress(Name, "the listing changed meanwhile (revision mismatch); reading it again and retrying once");
                continue;
            }

            context.Changes.Add(wanted == "PUBLIC" ? "publish the listing (state PUBLIC)" : $"update the listing ({string.Join(", ", differs)})");
            var what = differs.Count > 0 ? $" and updated {string.Join(", ", differs)}" : string.Empty;
            return StepResult.Done(wanted == "PUBLIC" ? $"listing is PUBLIC{what}" : $"listing stays PRIVATE{what}");
        }
    }

    private static StepResult Plan(ReleaseContext context, string wanted)
    {
        var state = context.LiveListing?["state"]?.ToString();
        if (wanted == "PUBLIC" && !string.Equals(state, "PUBLIC", StringComparison.OrdinalIgnoreCase))
        {
            context.Change("publish the listing (state PUBLIC)");
            return StepResult.Skip("dry run: would set the listing's state to PUBLIC");
        }

        if (context.ListingContentDiffers)
        {
            context.Change("update the listing's content");
            return StepResult.Skip("dry run: would update the listing's content");
        }

        return StepResult.Skip(wanted == "PUBLIC" ? "the listing is already PUBLIC" : "listing.state is private: nothing to publish");
    }

    private static JsonObject UpdatedBody(ReleaseContext context, JsonObject current, IReadOnlyList<string> differs, string wanted)
    {
        var body = (JsonObject)current.DeepClone();
        foreach (var field in ReadOnlyFields)
        {
            body.Remove(field);
        }

        if (differs.Count > 0)
        {
            var desired = DesiredListing.Build(context);
            foreach (var field in differs)
            {
                body[field] = desired[field]?.DeepClone();
            }
        }

        body["state"] = wanted;
        return body;
    }

    private static bool Satisfied(ReleaseContext context, JsonObject? listing, string wanted) =>
        listing is not null
        && string.Equals(listing["state"]?.ToString(), wanted, StringComparison.OrdinalIgnoreCase)
        && JsonMatch.Differences(DesiredListing.Build(context), listing).Count == 0;
}
