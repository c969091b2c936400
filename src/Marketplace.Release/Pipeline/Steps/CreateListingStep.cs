using Marketplace.Release.Api;
using Marketplace.Release.Reporting;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Creates the version listing as PRIVATE: a listing becomes PUBLIC only in the publish step, once everything it
/// shows exists. Exactly once, even when a response is lost.
/// </summary>
internal sealed class CreateListingStep : IReleaseStep
{
    public string Name => StepNames.CreateListing;

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellationToken)
    {
        if (context.LiveListing is { } live)
        {
            return StepResult.Skip($"the version already has a {live["state"]} listing");
        }

        context.Change("create the version listing (PRIVATE)");
        if (context.DryRun)
        {
            return StepResult.Skip("dry run: would create the listing as PRIVATE");
        }

        var appSoftwareId = context.RequireAppSoftwareId();
        var body = DesiredListing.Build(context);
        if (DesiredListing.HasLocalImages(body))
        {
            throw new ReleaseFailedException(FailureKind.Internal, "a listing image has no id after the image upload", "report this with the log");
        }

        body["state"] = "PRIVATE";
        var created = await MutationGuard.RunAsync(
            context,
            token => context.Client.CreateListingAsync(appSoftwareId, context.BuildNumber, body, token),
            async token => (context.LiveListing = await ReadAsync(context, appSoftwareId, token)) is not null,
            error => error.Status == 409 || (error.Status == 400 && error.Error?.HasMessage("already exists") == true),
            cancellationToken);

        context.LiveListing ??= await ReadAsync(context, appSoftwareId, cancellationToken)
            ?? throw new ReleaseFailedException(FailureKind.Internal,
                "the Marketplace answered the creation of the listing but does not show it", "re-run in a minute");
        if (!created)
        {
            DesiredListing.AdoptLiveImages(context, context.LiveListing);
        }

        context.ListingContentDiffers = JsonMatch.Differences(DesiredListing.Build(context), context.LiveListing).Count > 0;
        return StepResult.Done(created ? "created the listing as PRIVATE" : "the listing was already created (a lost response or another run); not created twice");
    }

    internal static async Task<System.Text.Json.Nodes.JsonObject?> ReadAsync(ReleaseContext context, string appSoftwareId, CancellationToken cancellationToken)
    {
        try
        {
            return await context.Client.GetListingAsync(appSoftwareId, context.BuildNumber, cancellationToken);
        }
        catch (MarketplaceApiException error)
        {
            throw context.Fail(error);
        }
    }
}
