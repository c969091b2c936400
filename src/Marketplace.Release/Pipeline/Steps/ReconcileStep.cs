using Marketplace.Release.Api;
using Marketplace.Release.Reporting;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Reads what already exists (the version by build number, its listing, and the previous version's listing
/// when inheriting) and decides whether the manifest can still be honoured: a live version with other content
/// is a conflict, never overwritten.
/// </summary>
internal sealed class ReconcileStep : IReleaseStep
{
    public string Name => StepNames.Reconcile;

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellationToken)
    {
        var appSoftwareId = context.RequireAppSoftwareId();
        try
        {
            context.LiveVersion = await context.Client.GetVersionAsync(appSoftwareId, context.BuildNumber, cancellationToken);
            if (context.Plan.Listing.InheritPrevious)
            {
                await ReadPreviousListingAsync(context, appSoftwareId, cancellationToken);
            }

            if (context.LiveVersion is not { } live)
            {
                return StepResult.Done($"version {context.Plan.Version.Number} (build {context.BuildNumber}) does not exist yet");
            }

            var differences = DesiredVersion.Differences(DesiredVersion.Build(context), live).ToList();
            if (DesiredVersion.UsesArtifact(live.FrameworkDetails?.FrameworkId ?? string.Empty))
            {
                context.ArtifactId = DesiredVersion.LiveArtifactId(live);
                context.ArtifactReady = true;
                if (await ArtifactDifferenceAsync(context, cancellationToken) is { } artifactDifference)
                {
                    differences.Add(artifactDifference);
                }
            }

            if (differences.Count > 0)
            {
                throw new ReleaseFailedException(FailureKind.Conflict,
                    $"version {live.VersionNumber} (build {context.BuildNumber}) already exists with different content: {string.Join("; ", differences)}",
                    "a published version cannot be replaced: bump version.number (and the build number) to release new content, or make the manifest match the live version");
            }

            context.LiveListing = await context.Client.GetListingAsync(appSoftwareId, context.BuildNumber, cancellationToken);
            if (context.LiveListing is { } listing)
            {
                var differing = JsonMatch.Differences(DesiredListing.Build(context), listing);
                context.ListingContentDiffers = differing.Count > 0;
                var state = listing["state"]?.ToString();
                return StepResult.Done(differing.Count > 0
                    ? $"version exists and matches; its {state} listing differs in {string.Join(", ", differing)}"
                    : $"version exists and matches; its listing is {state}");
            }

            return StepResult.Done("version exists and matches; it has no listing yet");
        }
        catch (MarketplaceApiException error)
        {
            throw context.Fail(error);
        }
    }

    private static async Task ReadPreviousListingAsync(ReleaseContext context, string appSoftwareId, CancellationToken cancellationToken)
    {
        var versions = await context.Client.ListVersionsAsync(appSoftwareId, cancellationToken);
        var previous = versions.Where(v => v.BuildNumber < context.BuildNumber).MaxBy(v => v.BuildNumber);
        if (previous is null)
        {
            context.Reporter.Info("inherit: previous: there is no earlier version; nothing to inherit");
            return;
        }

        context.PreviousListing = await context.Client.GetListingAsync(appSoftwareId, previous.BuildNumber, cancellationToken);
        context.Reporter.Info(context.PreviousListing is null
            ? $"inherit: previous: version {previous.VersionNumber} has no listing; nothing to inherit"
            : $"inherit: previous: listing fields not in the manifest come from version {previous.VersionNumber} (build {previous.BuildNumber})");
    }

    /// <summary>Compares the live version's artifact with the local file by checksum; null when they match or cannot be compared.</summary>
    private static async Task<string?> ArtifactDifferenceAsync(ReleaseContext context, CancellationToken cancellationToken)
    {
        if (context.ArtifactId is not { } artifactId || context.Plan.Version.Artifact?.LocalPath is null)
        {
            return null;
        }

        var artifact = await context.Client.GetArtifactAsync(artifactId, cancellationToken);
        var local = await context.LocalChecksumAsync(cancellationToken);
        if (artifact?.FileInfo?.Checksum is not { } liveChecksum)
        {
            context.Reporter.Warning($"could not read the checksum of the live artifact {artifactId}; assuming it is the same file");
            return null;
        }

        return FileChecksum.Same(liveChecksum, local) ? null : $"artifact (live {artifact.FileInfo.LogicalFileName} {Short(liveChecksum)}, manifest {Short(local)})";
    }

    private static string Short(string? checksum) => checksum is { Length: > 19 } ? checksum[..19] + "…" : checksum ?? "?";
}
