using Marketplace.Release.Pipeline.Listing;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Uploads the listing's local images. Skipped when there are none, or when a live listing already shows the
/// manifest's content (its images are then the ones uploaded before).
/// </summary>
internal sealed class UploadImagesStep : IReleaseStep
{
    public string Name => StepNames.UploadImages;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var desired = DesiredListing.Build(run.Plan.Listing, state);
        var images = desired.LocalImages.Where(i => i.Id is null).Select(i => i.Key).Distinct().ToList();
        if (images.Count == 0)
        {
            return Task.FromResult(StepDecision.Skip("the listing names no local images"));
        }

        if (state.Listing is { } live && desired.Differences(live.Body).Count == 0)
        {
            return Task.FromResult(StepDecision.Skip($"the live listing already shows the manifest's content; its {images.Count} image(s) are not sent again"));
        }

        return Task.FromResult(StepDecision.Change($"upload {images.Count} listing image(s)", token => UploadAsync(run, state, images, token),
            $"dry run: would upload {images.Count} image(s)"));
    }

    private async Task<StepRun> UploadAsync(ReleaseRun run, ReleaseState state, IReadOnlyList<ImageKey> images, CancellationToken cancellationToken)
    {
        var ids = state.ImageIds.ToBuilder();
        foreach (var image in images)
        {
            var uploaded = await run.Client.UploadImageAsync(image.Type, image.Path, cancellationToken);
            ids[image] = uploaded.Id!;
            run.Reporter.Progress(Name, $"{Path.GetFileName(image.Path)} ({image.Type}) → {uploaded.Id}");
        }

        return new StepRun(state with { ImageIds = ids.ToImmutable() }, $"uploaded {images.Count} image(s)");
    }
}
