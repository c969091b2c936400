using Marketplace.Release.Api.Models;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.Presence;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// The <c>appListing:</c> section: reads the live app listing, compares the fields the manifest manages, and when any
/// differs uploads the icon/banner the listing lacks and PUTs the listing built on a fresh GET (every other field
/// echoed, the read revision). A local icon/banner is also uploaded and set whenever the run creates the version
/// (a re-run of an existing version uploads nothing: the API serves no image to compare a file with). A revision race
/// (someone saved the listing in between) is read again and tried once more; a lost answer is settled by reading the
/// listing back.
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
        var differences = Differences(run, state, spec, live, NothingUploaded);
        return differences.Count == 0
            ? StepDecision.Skip("the app listing already shows the manifest's appListing")
            : StepDecision.Change(ChangeKind.Presence, $"update the app listing ({Fields(differences)})",
                token => UpdateAsync(run, state, productId, token),
                details: [.. differences.Select(difference => difference.Change)]);
    }

    private async Task<StepEffect> UpdateAsync(ReleaseRun run, ReleaseState state, string productId, CancellationToken cancellationToken)
    {
        var spec = run.Plan.AppListing!;
        var uploaded = new Dictionary<ImageRef, string>();
        foreach (var (field, image) in DesiredAppListing.PendingUploads(spec, await ReadAsync(run, productId, cancellationToken), uploaded, NewVersion(state)))
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
                async attempt => Differences(run, state, spec, await ReadAsync(run, productId, attempt), uploaded).Count == 0,
                token),
            () => run.Reporter.Progress(Name, "the app listing was saved by someone else since it was read (revision); reading it again"),
            cancellationToken);
        return new StepEffect(state, changed.Count == 0 ? "the app listing already showed the manifest's appListing" : $"app listing updated: {Fields(changed)}");
    }

    private static async Task<AppListing> ReadAsync(ReleaseRun run, string productId, CancellationToken cancellationToken) =>
        await run.Client.GetAppListingAsync(productId, cancellationToken)
        ?? throw new ReleaseFailedException(FailureKind.Refused,
            $"product {productId} has no app listing (GET /rest/3/product-listing/{productId} answered 404)",
            "check app.developerId: the app listing is created with the app in the Marketplace UI");

    /// <summary>
    /// Whether this run creates the release's version: create-version made it, or (a dry run) it does not exist yet,
    /// so create-version would.
    /// </summary>
    private static bool NewVersion(ReleaseState state) => state.CreatesVersion || state.LiveVersion is null;

    /// <summary>What the manifest would change, the images to upload first.</summary>
    private static List<FieldDifference> Differences(ReleaseRun run, ReleaseState state, AppListingSpec spec, AppListing live, IReadOnlyDictionary<ImageRef, string> uploaded) =>
    [
        .. DesiredAppListing.PendingUploads(spec, live, uploaded, NewVersion(state)).Select(pending => Upload(run, state, live, pending.Field, pending.Image)),
        .. DesiredAppListing.Differences(live, DesiredAppListing.Apply(spec, live, uploaded)),
    ];

    /// <summary>An upload: into an empty place (<c>(none) → upload …</c>), or over a live image because the run creates a version.</summary>
    private static FieldDifference Upload(ReleaseRun run, ReleaseState state, AppListing live, string field, ImageRef image)
    {
        var file = Path.GetRelativePath(run.Plan.WorkspaceRoot, image.LocalPath!).Replace('\\', '/');
        var liveId = image.ImageType == "banner" ? live.Images?.BannerFileId : live.Images?.IconFileId;
        if (string.IsNullOrEmpty(liveId))
        {
            return new FieldDifference(field, PresenceValue.None, $"upload {file}");
        }

        var version = state.LiveVersion?.VersionNumber ?? run.Plan.Version.Number;
        var reason = version is null ? "the run creates a new version" : $"the run creates version {version}";
        return new FieldDifference(field, liveId, $"upload {file}", $"upload {file} ({image.ImageType}): {reason}");
    }

    private static string Fields(IEnumerable<FieldDifference> differences) => string.Join(", ", differences.Select(difference => difference.Field));
}
