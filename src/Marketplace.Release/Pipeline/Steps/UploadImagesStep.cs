using Marketplace.Release.Pipeline.Listing;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Uploads the listing's local images. Skipped when there are none, or when a live listing already shows the
/// manifest's content (its images are then the ones uploaded before). Runs beside the artifact upload: the image
/// ids are its part of the state.
/// </summary>
internal sealed class UploadImagesStep : ISideBySideStep
{
    public string Name => StepNames.UploadImages;

    public ReleaseState Merge(ReleaseState into, ReleaseState own) => into with { ImageIds = own.ImageIds };

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
            return Task.FromResult(StepDecision.Skip($"the live listing already shows the manifest's content; {Counted.Of(images.Count, "image")} not sent again"));
        }

        return Task.FromResult(StepDecision.Change(ChangeKind.Upload, $"upload {Counted.Of(images.Count, "listing image")}", token => UploadAsync(run, state, images, token),
            $"dry run: would upload {Counted.Of(images.Count, "image")}"));
    }

    private async Task<StepEffect> UploadAsync(ReleaseRun run, ReleaseState state, IReadOnlyList<ImageKey> images, CancellationToken cancellationToken)
    {
        // Issue 22: the images go up side by side (each streamed from disk, as one alone); all finish before the
        // first failure is passed on, and the lines come in the manifest's order.
        var uploads = images.Select(image => run.Client.UploadImageAsync(image.Type, image.Path, cancellationToken)).ToList();
        await Task.WhenAll(uploads.Cast<Task>()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var ids = state.ImageIds.ToBuilder();
        foreach (var (image, upload) in images.Zip(uploads))
        {
            var uploaded = await upload;
            ids[image] = uploaded.Id!;
            run.Reporter.Progress(Name, $"{Path.GetFileName(image.Path)} ({image.Type}) → {uploaded.Id}");
        }

        return new StepEffect(state with { ImageIds = ids.ToImmutable() }, $"uploaded {Counted.Of(images.Count, "image")}");
    }
}
