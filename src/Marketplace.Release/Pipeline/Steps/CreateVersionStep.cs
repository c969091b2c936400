using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>Creates the version (201, no body), then re-reads it. Exactly once, even when a response is lost.</summary>
internal sealed class CreateVersionStep : IReleaseStep
{
    public string Name => StepNames.CreateVersion;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) => Task.FromResult(
        state.LiveVersion is { } live
            ? StepDecision.Skip($"version {live.VersionNumber} (build {run.BuildNumber}) exists and matches the manifest")
            : StepDecision.Change($"create version {run.Plan.Version.Number} (build {run.BuildNumber})", token => CreateAsync(run, state, token)));

    private async Task<StepRun> CreateAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var appSoftwareId = state.RequireApp().AppSoftwareId;
        var request = DesiredVersion.Build(run.Plan, state);
        var found = state;
        var created = await MutationGuard.RunAsync(
            run,
            Name,
            token => run.Client.CreateVersionAsync(appSoftwareId, request, token),
            async token => (found = await FindSameAsync(run, state, appSoftwareId, token)) is { LiveVersion: not null },
            cancellationToken);

        var live = found.LiveVersion ?? await run.Client.GetVersionAsync(appSoftwareId, run.BuildNumber, cancellationToken)
            ?? throw new ReleaseFailedException(FailureKind.Internal,
                $"the Marketplace answered the creation of build {run.BuildNumber} but does not show the version",
                "re-run in a minute; if it persists, report it with the log");
        var number = run.Plan.Version.Number;
        return new StepRun(found with { LiveVersion = live }, created
            ? $"created version {number} (build {run.BuildNumber})"
            : $"version {number} (build {run.BuildNumber}) was already created (a lost response or another run); not created twice");
    }

    /// <summary>
    /// The state with the live version when it exists with this release's content (another run, or a lost response
    /// of ours, made it); the state unchanged when it does not exist; a conflict when it exists with other content.
    /// </summary>
    private static async Task<ReleaseState> FindSameAsync(ReleaseRun run, ReleaseState state, string appSoftwareId, CancellationToken cancellationToken)
    {
        if (await run.Client.GetVersionAsync(appSoftwareId, run.BuildNumber, cancellationToken) is not { } live)
        {
            return state;
        }

        var differences = DesiredVersion.Differences(DesiredVersion.Build(run.Plan, state), live);
        var liveArtifact = DesiredVersion.LiveArtifactId(live);
        if (differences.Count > 0 || (state.Artifact is { } ours && liveArtifact is not null && liveArtifact != ours.Id && !await SameFileAsync(run, state, liveArtifact, cancellationToken)))
        {
            throw new ReleaseFailedException(FailureKind.Conflict,
                $"another release created build {run.BuildNumber} with different content{(differences.Count > 0 ? ": " + string.Join("; ", differences) : " (another artifact)")}",
                "bump version.number to release this content");
        }

        // Possibly made from its own upload of the same file: from here on the live artifact is the one this release uses.
        return state with
        {
            LiveVersion = live,
            Artifact = liveArtifact is not null ? new UsedArtifact(liveArtifact, Ready: true) : state.Artifact,
        };
    }

    private static async Task<bool> SameFileAsync(ReleaseRun run, ReleaseState state, string liveArtifact, CancellationToken cancellationToken)
    {
        var artifact = await run.Client.GetArtifactAsync(liveArtifact, cancellationToken);
        return state.Version(run.Plan).Artifact?.LocalPath is { } path
            && FileChecksum.Same(artifact?.FileInfo?.Checksum, await run.Checksums.Sha512Async(path, cancellationToken));
    }
}
