using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Creates the version (201, no body), then re-reads it: by the manifest's build number, or for connect and forge by
/// the one the Marketplace assigned, named by the 201's <c>Location</c> (docs/marketplace-api.md § Frameworks and exactly-once creates). Exactly once, even when a
/// response is lost: the version is then found again as reconcile finds it (<see cref="OwnVersion"/>).
/// </summary>
internal sealed class CreateVersionStep : IReleaseStep
{
    public string Name => StepNames.CreateVersion;

    public async Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        if (state.LiveVersion is { } live)
        {
            return StepDecision.Skip($"version {live.VersionNumber} (build {live.BuildNumber}) exists and matches the manifest");
        }

        var spec = state.Version(run.Plan);
        if (spec.Framework is Framework.Connect && spec.Artifact?.Url is not null && state.Artifact?.Checksum is not null)
        {
            // A descriptor by URL is known by its sha512 only now that the Marketplace fetched it: an earlier run may
            // have made the version from the same descriptor.
            var appSoftwareId = state.RequireApp().AppSoftwareId;
            if (await FindSameAsync(run, state, OwnVersion.ListedOnce(run, appSoftwareId), cancellationToken) is { LiveVersion: { } found } learned)
            {
                return StepDecision.Skip($"version {found.VersionNumber} (build {found.BuildNumber}) was made from this descriptor already",
                    learned with { Listing = LiveListing.From(await run.Client.GetListingAsync(appSoftwareId, found.BuildNumber, cancellationToken)) });
            }
        }

        return StepDecision.Change(ChangeKind.NewVersion, $"create version {Describe(spec)}", token => CreateAsync(run, state, spec, token));
    }

    private async Task<StepEffect> CreateAsync(ReleaseRun run, ReleaseState state, VersionSpec spec, CancellationToken cancellationToken)
    {
        var appSoftwareId = state.RequireApp().AppSoftwareId;
        var request = DesiredVersion.Build(run.Plan, state);
        var found = state;
        CreatedVersion? answer = null;
        var created = await MutationGuard.RunAsync(
            run,
            Name,
            async token => answer = await run.Client.CreateVersionAsync(appSoftwareId, request, token),
            async token => (found = await FindSameAsync(run, state, OwnVersion.ListedOnce(run, appSoftwareId), token)) is { LiveVersion: not null },
            cancellationToken);

        var live = found.LiveVersion ?? await ReadCreatedAsync(run, state, spec, answer, cancellationToken);
        var made = created ? "created" : "found (a lost response or another run made it; not created twice)";
        return new StepEffect(found with { LiveVersion = live, CreatesVersion = true }, $"{made} version {live.VersionNumber} (build {live.BuildNumber})");
    }

    /// <summary>The version just created: at the build number the manifest gave, or the one the 201's Location names.</summary>
    private static async Task<VersionResponse> ReadCreatedAsync(ReleaseRun run, ReleaseState state, VersionSpec spec, CreatedVersion? answer, CancellationToken cancellationToken)
    {
        var appSoftwareId = state.RequireApp().AppSoftwareId;
        var buildNumber = spec.BuildAssignedByMarketplace ? answer?.BuildNumber : spec.BuildNumber;
        var live = buildNumber is { } number
            ? await run.Client.GetVersionAsync(appSoftwareId, number, cancellationToken)
            // No usable Location: find it the way a re-run would.
            : await OwnVersion.FindAsync(run, state, OwnVersion.ListedOnce(run, appSoftwareId), cancellationToken);
        return live ?? throw new ReleaseFailedException(FailureKind.Internal,
            buildNumber is { } missing
                ? $"the Marketplace answered the creation of build {missing} but does not show the version"
                : $"the Marketplace answered the creation of the {spec.Framework.Word()} version (Location: {answer?.Location ?? "none"}) but it cannot be found",
            "re-run in a minute: the version is found again and not created twice; if it persists, report it with the log");
    }

    /// <summary>
    /// The state with the live version when it exists with this release's content (another run, or a lost response
    /// of ours, made it); the state unchanged when it does not exist; a conflict when it exists with other content.
    /// </summary>
    private static async Task<ReleaseState> FindSameAsync(ReleaseRun run, ReleaseState state, Func<CancellationToken, Task<IReadOnlyList<VersionResponse>>> versions, CancellationToken cancellationToken)
    {
        if (await OwnVersion.FindAsync(run, state, versions, cancellationToken) is not { } live)
        {
            return state;
        }

        var differences = DesiredVersion.Differences(DesiredVersion.Build(run.Plan, state), live);
        var liveArtifact = DesiredVersion.LiveArtifactId(live);
        if (differences.Count > 0 || (state.Artifact is { } ours && liveArtifact is not null && liveArtifact != ours.Id && !await SameFileAsync(run, state, liveArtifact, cancellationToken)))
        {
            throw new ReleaseFailedException(FailureKind.Conflict,
                $"another release created build {live.BuildNumber} with different content{(differences.Count > 0 ? ": " + string.Join("; ", differences) : " (another artifact)")}",
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
        var ours = state.Artifact?.Checksum
            ?? (state.Version(run.Plan).Artifact?.LocalPath is { } path ? await run.Checksums.Sha512Async(path, cancellationToken) : null);
        return FileChecksum.Same(artifact?.FileInfo?.Checksum, ours);
    }

    private static string Describe(VersionSpec spec) => spec.Framework switch
    {
        { } framework when framework.AssignsVersionNumber() => $"({framework.Word()}: the Marketplace assigns its build and version numbers)",
        { } framework when framework.AssignsBuildNumber() => $"{spec.Number} ({framework.Word()}: the Marketplace assigns its build number)",
        _ => $"{spec.Number} (build {spec.BuildNumber})",
    };
}
