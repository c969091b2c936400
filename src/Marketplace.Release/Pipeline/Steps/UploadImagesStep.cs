using Marketplace.Release.Api;
using Marketplace.Release.Manifest;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Uploads the listing's local images. Skipped when there are none, or when a live listing already shows the
/// manifest's content (its images are then the ones uploaded before).
/// </summary>
internal sealed class UploadImagesStep : IReleaseStep
{
    public string Name => StepNames.UploadImages;

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellationToken)
    {
        var images = LocalImages(context.Plan.Listing).DistinctBy(i => (i.LocalPath, i.ImageType)).ToList();
        if (images.Count == 0)
        {
            return StepResult.Skip("the listing names no local images");
        }

        if (context.LiveListing is not null && !context.ListingContentDiffers)
        {
            return StepResult.Skip($"the live listing already shows the manifest's content; its {images.Count} image(s) are not sent again");
        }

        context.Change($"upload {images.Count} listing image(s)");
        if (context.DryRun)
        {
            return StepResult.Skip($"dry run: would upload {images.Count} image(s)");
        }

        try
        {
            foreach (var image in images)
            {
                var uploaded = await context.Client.UploadImageAsync(image.ImageType, image.LocalPath!, cancellationToken);
                context.ImageIds[(image.LocalPath!, image.ImageType)] = uploaded.Id!;
                context.Reporter.Progress(Name, $"{Path.GetFileName(image.LocalPath)} ({image.ImageType}) → {uploaded.Id}");
            }
        }
        catch (MarketplaceApiException error)
        {
            throw context.Fail(error);
        }

        return StepResult.Done($"uploaded {images.Count} image(s)");
    }

    private static IEnumerable<ImageRef> LocalImages(ListingSpec listing)
    {
        IEnumerable<ImageRef?> all = [
            .. listing.Screenshots?.Select(s => s.Image) ?? [],
            .. listing.Highlights?.SelectMany(h => new[] { h.Screenshot?.Image, h.Thumbnail }) ?? [],
            listing.HeroImage,
            .. listing.DeploymentInstructions?.Select(d => d.Screenshot?.Image) ?? [],
        ];
        return all.OfType<ImageRef>().Where(i => i.LocalPath is not null && i.ImageId is null);
    }
}
