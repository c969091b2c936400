using Marketplace.Release.Api.Models;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.Presence;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// The <c>appListing:</c> section: reads the live app listing, compares the fields the manifest manages, and when any
/// differs uploads the icon/banner the listing lacks and PUTs the listing built on a fresh GET (every other field
/// echoed, the read revision). A revision race (someone saved the listing in between) is read again and tried once
/// more; a lost answer is settled by reading the listing back.
/// </summary>
internal sealed class AppListingStep : IReleaseStep
{
    private static readonly IReadOnlyDictionary<ImageRef, string> NothingUploaded = new Dictionary<ImageRef, string>();

    public string Name => StepNames.AppListing;

    public bool AppliesTo(ReleasePlan plan) => plan.AppListing is not null;

    public async Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var spec = run.Plan.AppListing!;
        var productId = state.RequireProduct().ProductId;
        var live = await ReadAsync(run, productId, cancellationToken);
        var differences = Differences(run, spec, live, NothingUploaded);
        return differences.Count == 0
            ? StepDecision.Skip("the app listing already shows the manifest's appListing")
            : StepDecision.Change($"update the app listing ({Fields(differences)})",
                token => UpdateAsync(run, state, productId, token),
                details: [.. differences.Select(difference => difference.Change)]);
    }

    private async Task<StepRun> UpdateAsync(ReleaseRun run, ReleaseState state, string productId, CancellationToken cancellationToken)
    {
        var spec = run.Plan.AppListing!;
        var uploaded = new Dictionary<ImageRef, string>();
        foreach (var (field, image) in DesiredAppListing.PendingUploads(spec, await ReadAsync(run, productId, cancellationToken), uploaded))
        {
            var answer = await run.Client.UploadImageAsync(image.ImageType, image.LocalPath!, cancellationToken);
            uploaded[image] = answer.Id!;
            run.Reporter.Progress(Name, $"{field}: {Path.GetFileName(image.LocalPath)} uploaded as image type {image.ImageType} → {answer.Id}");
        }

        IReadOnlyList<FieldDifference> changed = [];
        await RevisionRetry.RunAsync(
            token => MutationGuard.RunAsync(run, Name,
                async attempt =>
                {
                    // Built on a fresh GET each time: its revision, and what someone else changed meanwhile, are kept.
                    var live = await ReadAsync(run, productId, attempt);
                    var desired = DesiredAppListing.Apply(spec, live, uploaded);
                    changed = DesiredAppListing.Differences(live, desired);
                    if (changed.Count > 0)
                    {
                        await run.Client.UpdateAppListingAsync(productId, desired, attempt);
                    }
                },
                async attempt => Differences(run, spec, await ReadAsync(run, productId, attempt), uploaded).Count == 0,
                token),
            () => run.Reporter.Progress(Name, "the app listing was saved by someone else since it was read (revision); reading it again"),
            cancellationToken);
        return new StepRun(state, changed.Count == 0 ? "the app listing already showed the manifest's appListing" : $"app listing updated: {Fields(changed)}");
    }

    private static async Task<AppListing> ReadAsync(ReleaseRun run, string productId, CancellationToken cancellationToken) =>
        await run.Client.GetAppListingAsync(productId, cancellationToken)
        ?? throw new ReleaseFailedException(FailureKind.Refused,
            $"product {productId} has no app listing (GET /rest/3/product-listing/{productId} answered 404)",
            "check app.developerId: the app listing is created with the app in the Marketplace UI");

    /// <summary>What the manifest would change, the images to upload first.</summary>
    private static List<FieldDifference> Differences(ReleaseRun run, AppListingSpec spec, AppListing live, IReadOnlyDictionary<ImageRef, string> uploaded) =>
    [
        .. DesiredAppListing.PendingUploads(spec, live, uploaded).Select(pending =>
            new FieldDifference(pending.Field, PresenceValue.None, $"upload {Path.GetRelativePath(run.Plan.WorkspaceRoot, pending.Image.LocalPath!)}")),
        .. DesiredAppListing.Differences(live, DesiredAppListing.Apply(spec, live, uploaded)),
    ];

    private static string Fields(IEnumerable<FieldDifference> differences) => string.Join(", ", differences.Select(difference => difference.Field));
}
