using Marketplace.Release.Api;
using Marketplace.Release.Reporting;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>Creates the version (201, no body), then re-reads it. Exactly once, even when a response is lost.</summary>
internal sealed class CreateVersionStep : IReleaseStep
{
    public string Name => StepNames.CreateVersion;

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellationToken)
    {
        if (context.LiveVersion is not null)
        {
            return StepResult.Skip($"version {context.LiveVersion.VersionNumber} (build {context.BuildNumber}) exists and matches the manifest");
        }

        var version = context.Plan.Version;
        context.Change($"create version {version.Number} (build {context.BuildNumber})");
        if (context.DryRun)
        {
            return StepResult.Skip($"dry run: would create version {version.Number} (build {context.BuildNumber})");
        }

        var appSoftwareId = context.RequireAppSoftwareId();
        var request = DesiredVersion.Build(context);
        var created = await MutationGuard.RunAsync(
            context,
            token => context.Client.CreateVersionAsync(appSoftwareId, request, token),
            token => ExistsAsync(context, appSoftwareId, token),
            error => error.Status == 409 || (error.Status == 400 && error.Error?.HasMessage("already exists") == true),
            cancellationToken);

        context.LiveVersion ??= await ReadAsync(context, appSoftwareId, cancellationToken)
            ?? throw new ReleaseFailedException(FailureKind.Internal,
                $"the Marketplace answered the creation of build {context.BuildNumber} but does not show the version",
                "re-run in a minute; if it persists, report it with the log");
        return StepResult.Done(created
            ? $"created version {version.Number} (build {context.BuildNumber})"
            : $"version {version.Number} (build {context.BuildNumber}) was already created (a lost response or another run); not created twice");
    }

    private static async Task<bool> ExistsAsync(ReleaseContext context, string appSoftwareId, CancellationToken cancellationToken)
    {
        var live = await ReadAsync(context, appSoftwareId, cancellationToken);
        if (live is null)
        {
            return false;
        }

        var differences = DesiredVersion.Differences(DesiredVersion.Build(context), live);
        var liveArtifact = DesiredVersion.LiveArtifactId(live);
        if (differences.Count > 0 || (context.ArtifactId is not null && liveArtifact is not null && liveArtifact != context.ArtifactId && !await SameFileAsync(context, liveArtifact, cancellationToken)))
        {
            throw new ReleaseFailedException(FailureKind.Conflict,
                $"another release created build {context.BuildNumber} with different content{(differences.Count > 0 ? ": " + string.Join("; ", differences) : " (another artifact)")}",
                "bump version.number to release this content");
        }

        // Another run (or a lost response of ours) made the version, possibly on its own upload of the same file:
        // from here on the live artifact is the one this release uses.
        if (liveArtifact is not null)
        {
            context.ArtifactId = liveArtifact;
        }

        context.LiveVersion = live;
        return true;
    }

    private static async Task<bool> SameFileAsync(ReleaseContext context, string liveArtifact, CancellationToken cancellationToken)
    {
        var artifact = await context.Client.GetArtifactAsync(liveArtifact, cancellationToken);
        return FileChecksum.Same(artifact?.FileInfo?.Checksum, await context.LocalChecksumAsync(cancellationToken));
    }

    private static async Task<Api.Models.VersionResponse?> ReadAsync(ReleaseContext context, string appSoftwareId, CancellationToken cancellationToken)
    {
        try
        {
            return await context.Client.GetVersionAsync(appSoftwareId, context.BuildNumber, cancellationToken);
        }
        catch (MarketplaceApiException error)
        {
            throw context.Fail(error);
        }
    }
}
