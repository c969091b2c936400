using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline.Listing;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Reads the version and listing back and checks that they are what the manifest asked for. When the run sent no
/// change, the version and listing as reconcile read them are what is checked (no second read).
/// </summary>
internal sealed class VerifyStep : IReleaseStep
{
    public string Name => StepNames.Verify;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) =>
        Task.FromResult(StepDecision.Check(token => VerifyAsync(run, state, token)));

    private static async Task<StepEffect> VerifyAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var appSoftwareId = state.RequireApp().AppSoftwareId;
        VersionResponse? version;
        LiveListing? listing;
        if (!state.SentChanges && state.LiveVersion is { } read && state.Listing is { } readListing)
        {
            // Issue 22: nothing was sent this run; reconcile read both moments ago, and reading them again would
            // only add a round trip.
            (version, listing) = (read, readListing);
        }
        else
        {
            // Issue 22: the two reads are sent together (one round trip); both finish before either is judged.
            var versionRead = run.Client.GetVersionAsync(appSoftwareId, state.RequireBuildNumber(run.Plan), cancellationToken);
            var listingRead = LiveReads.ListingAsync(run, state, cancellationToken);
            await Task.WhenAll(versionRead, listingRead).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            (version, listing) = (await versionRead, await listingRead);
        }

        var problems = new List<string>();
        if (version is null)
        {
            problems.Add("the version is missing");
        }
        else
        {
            problems.AddRange(DesiredVersion.Differences(DesiredVersion.Build(run.Plan, state), version));
            if (state.Artifact is { } expected && DesiredVersion.LiveArtifactId(version) is { } liveArtifact && liveArtifact != expected.Id)
            {
                problems.Add($"artifact (live {liveArtifact}, expected {expected.Id})");
            }
        }

        var wanted = run.Plan.Listing.State;
        if (listing is null)
        {
            problems.Add("the listing is missing");
        }
        else
        {
            if (!listing.IsIn(wanted))
            {
                problems.Add($"listing state (live {listing.StateWord}, expected {wanted.Word()})");
            }

            problems.AddRange(DesiredListing.Build(run.Plan.Listing, state).Differences(listing.Body).Select(f => $"listing {f}"));
        }

        if (problems.Count > 0)
        {
            throw new ReleaseFailedException(FailureKind.Internal,
                $"the live version does not show what was sent: {string.Join("; ", problems)}",
                "re-run to bring it in line; if it persists, someone else is changing this version");
        }

        return new StepEffect(state with { LiveVersion = version, Listing = listing },
            $"version {version!.VersionNumber} is {listing!.StateWord}; approval status {listing.ApprovalStatusWord ?? "unknown"}");
    }
}
