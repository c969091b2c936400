using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.Listing;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Versions;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Reads what already exists (the version by build number, its listing, and the previous version's listing
/// when inheriting) and decides whether the manifest can still be honoured: a live version with other content
/// is a conflict, never overwritten.
/// </summary>
internal sealed class ReconcileStep : IReleaseStep
{
    public string Name => StepNames.Reconcile;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) =>
        Task.FromResult(StepDecision.Read(token => ReconcileAsync(run, state, token)));

    private static async Task<StepEffect> ReconcileAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var appSoftwareId = state.RequireApp().AppSoftwareId;
        var spec = state.Version(run.Plan);
        var versions = OwnVersion.ListedOnce(run, appSoftwareId);
        var (live, listingRead) = await FindAsync(run, state, spec, versions, cancellationToken);
        state = state with { LiveVersion = live };
        // Issue 22: what needs only the live version goes out together: the previous listing (inheriting), the
        // version's own listing (when its build number was not known before) and the live artifact's details.
        var previousRead = run.Plan.Listing.InheritPrevious
            ? ReadPreviousListingAsync(run, appSoftwareId, versions, live?.BuildNumber ?? state.BuildNumber(run.Plan), cancellationToken)
            : null;
        if (live is null)
        {
            state = await InheritAsync(run, state, previousRead);
            RefuseTakenNumber(run, spec, await versions(cancellationToken));
            return new StepEffect(state, spec.BuildAssignedByMarketplace
                ? $"{spec.Framework.Word()} version {Describe(spec)} does not exist yet (the Marketplace assigns its build number)"
                : $"version {spec.Number} (build {spec.BuildNumber}) does not exist yet");
        }

        var buildNumber = live.BuildNumber;
        listingRead ??= run.Client.GetListingAsync(appSoftwareId, buildNumber, cancellationToken);
        // docs/marketplace-api.md § Compatibility updates: compatibility, supported, beta and the notes can be updated in place (update-version); anything
        // else that differs cannot.
        var comparison = VersionComparison.Of(DesiredVersion.Build(run.Plan, state), live);
        var differences = comparison.Conflicts.ToList();
        Task<string?>? artifactCheck = null;
        if (live.FrameworkDetails?.FrameworkId?.PointsAtArtifact() == true && DesiredVersion.LiveArtifactId(live) is { } artifactId)
        {
            state = state with { Artifact = new UsedArtifact(artifactId, Ready: true) };
            artifactCheck = ArtifactDifferenceAsync(run, state, artifactId, cancellationToken);
        }

        await Task.WhenAll(previousRead ?? Task.CompletedTask, artifactCheck ?? Task.CompletedTask, listingRead).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        state = await InheritAsync(run, state, previousRead);
        if (artifactCheck is not null && await artifactCheck is { } artifactDifference)
        {
            differences.Add(artifactDifference);
        }

        if (differences.Count > 0)
        {
            throw new ReleaseFailedException(FailureKind.Conflict,
                $"version {live.VersionNumber} (build {buildNumber}) already exists with different content: {string.Join("; ", differences)}",
                "a published version cannot be replaced (only compatibility, supported, beta, releaseSummary and releaseNotes can be updated): bump version.number (and the build number) to release new content, or make the manifest match the live version");
        }

        state = state with { Listing = LiveListing.From(await listingRead) };
        var version = comparison.Edits.Count > 0
            ? $"version exists; {string.Join(", ", comparison.Edits.Select(edit => VersionEdit.Key(edit.Field)).Distinct())} to update"
            : "version exists and matches";
        if (state.Listing is not { } listing)
        {
            return new StepEffect(state, $"{version}; it has no listing yet");
        }

        var differing = DesiredListing.Build(run.Plan.Listing, state).Differences(listing.Body);
        return new StepEffect(state, differing.Count > 0
            ? $"{version}; its {listing.StateWord} listing differs in {string.Join(", ", differing)}"
            : $"{version}; its listing is {listing.StateWord}");
    }

    /// <summary>
    /// The live version, and when the manifest gives its build number the read of its listing too: issue 22 sends the
    /// version, its listing (and the version list when inheriting needs it) together, one round trip instead of
    /// several. The listing's answer is used only if the version exists and matches; every read has finished (or
    /// failed) before anything is judged, so the outcome does not depend on which answer comes first. For connect
    /// and forge the build number is known only once the version is found (<see cref="OwnVersion"/>).
    /// </summary>
    private static async Task<(VersionResponse? Live, Task<JsonObject?>? ListingRead)> FindAsync(
        ReleaseRun run, ReleaseState state, VersionSpec spec, Func<CancellationToken, Task<IReadOnlyList<VersionResponse>>> versions, CancellationToken cancellationToken)
    {
        if (spec.BuildAssignedByMarketplace)
        {
            return (await OwnVersion.FindAsync(run, state, versions, cancellationToken), null);
        }

        var appSoftwareId = state.RequireApp().AppSoftwareId;
        var versionRead = OwnVersion.FindAsync(run, state, versions, cancellationToken);
        var listingRead = run.Client.GetListingAsync(appSoftwareId, spec.BuildNumber, cancellationToken);
        var listRead = run.Plan.Listing.InheritPrevious ? versions(cancellationToken) : Task.CompletedTask;
        await Task.WhenAll(versionRead, listingRead, listRead).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return (await versionRead, listingRead);
    }

    /// <summary>
    /// Issue 12: a version number already used by another build of the same app software is refused before anything
    /// is created (the Marketplace would show two versions of one name). Connect numbers are the Marketplace's own.
    /// </summary>
    private static void RefuseTakenNumber(ReleaseRun run, VersionSpec spec, IReadOnlyList<VersionResponse> versions)
    {
        if (spec.Framework.AssignsVersionNumber()
            || versions.FirstOrDefault(v => string.Equals(v.VersionNumber, spec.Number, StringComparison.Ordinal)) is not { } taken)
        {
            return;
        }

        var reuse = spec.BuildAssignedByMarketplace ? string.Empty : $", or set version.build: {taken.BuildNumber} to release into that build";
        throw new ReleaseFailedException(FailureKind.Conflict,
            $"version {spec.Number} is already build {taken.BuildNumber} of {run.Plan.App.Key} ({run.Plan.App.Hosting.Word()}); this release would make a second version named {spec.Number}",
            $"bump version.number{reuse}");
    }

    private static string Describe(VersionSpec spec) =>
        spec.Framework is Framework.Forge ? $"{spec.Number} (forge versionId {spec.FrameworkAttributesJson()["versionId"]})" : "of this descriptor";

    /// <summary>The state with the previous version's listing, its line printed once every read of the step is done.</summary>
    private static async Task<ReleaseState> InheritAsync(ReleaseRun run, ReleaseState state, Task<(JsonObject? Listing, string Line)>? previousRead)
    {
        if (previousRead is null)
        {
            return state;
        }

        var (listing, line) = await previousRead;
        run.Reporter.Info(line);
        return state with { PreviousListing = listing };
    }

    private static async Task<(JsonObject? Listing, string Line)> ReadPreviousListingAsync(
        ReleaseRun run, string appSoftwareId, Func<CancellationToken, Task<IReadOnlyList<VersionResponse>>> versions, long? buildNumber, CancellationToken cancellationToken)
    {
        // Without a build number yet (a connect or forge version to be made), every existing version is earlier.
        var previous = (await versions(cancellationToken)).Where(v => buildNumber is not { } own || v.BuildNumber < own).MaxBy(v => v.BuildNumber);
        if (previous is null)
        {
            return (null, "inherit: previous: there is no earlier version; nothing to inherit");
        }

        var listing = await run.Client.GetListingAsync(appSoftwareId, previous.BuildNumber, cancellationToken);
        return (listing, listing is null
            ? $"inherit: previous: version {previous.VersionNumber} has no listing; nothing to inherit"
            : $"inherit: previous: listing fields not in the manifest come from version {previous.VersionNumber} (build {previous.BuildNumber})");
    }

    /// <summary>Compares the live version's artifact with the local file by checksum; null when they match or cannot be compared.</summary>
    private static async Task<string?> ArtifactDifferenceAsync(ReleaseRun run, ReleaseState state, string artifactId, CancellationToken cancellationToken)
    {
        if (state.Version(run.Plan).Artifact?.LocalPath is not { } path)
        {
            return null;
        }

        // The file is hashed while the artifact's details are on their way.
        var artifactRead = run.Client.GetArtifactAsync(artifactId, cancellationToken);
        var localHash = run.Checksums.Sha512Async(path, cancellationToken);
        await Task.WhenAll(artifactRead, localHash).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var artifact = await artifactRead;
        var local = await localHash;
        if (artifact?.FileInfo?.Checksum is not { } liveChecksum)
        {
            run.Reporter.Warning($"could not read the checksum of the live artifact {artifactId}; assuming it is the same file");
            return null;
        }

        return FileChecksum.Same(liveChecksum, local) ? null : $"artifact (live {artifact.FileInfo.LogicalFileName} {Short(liveChecksum)}, manifest {Short(local)})";
    }

    private static string Short(string? checksum) => checksum is { Length: > 19 } ? checksum[..19] + "…" : checksum ?? "?";
}
