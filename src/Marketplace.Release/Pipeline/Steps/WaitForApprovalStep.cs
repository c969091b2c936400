using System.Text.Json.Nodes;
using Marketplace.Release.Approval;
using Marketplace.Release.Domain;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// <c>--wait-for-approval DURATION</c> (docs/marketplace-api.md § Waiting for approval): once the release is public and verified, waits for the
/// Marketplace's review on the artifact wait's schedule: APPROVED (or UNINITIATED on a PUBLIC listing) ends it,
/// REJECTED fails it with exit 4 and the reason, the timeout with exit 5. Only reads, so a re-run, which finds
/// everything else done, resumes the wait and sends nothing.
/// </summary>
internal sealed class WaitForApprovalStep(TimeSpan? timeout) : IReleaseStep
{
    public string Name => StepNames.WaitForApproval;

    public bool AppliesTo(ReleasePlan plan) => timeout is not null;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) =>
        Task.FromResult(run.Plan.Listing.Public
            ? StepDecision.Check(token => WaitAsync(run, state, timeout!.Value, token))
            : StepDecision.Skip("listing.state is private: the Marketplace reviews a version once it is public"));

    private async Task<StepEffect> WaitAsync(ReleaseRun run, ReleaseState state, TimeSpan wait, CancellationToken cancellationToken)
    {
        var appSoftwareId = state.RequireApp().AppSoftwareId;
        var options = run.Options;
        JsonObject? lastListing = null;
        var waiter = new ApprovalWaiter(
            async token =>
            {
                lastListing = await run.Client.GetListingAsync(appSoftwareId, state.RequireBuildNumber(run.Plan), token);
                return ApprovalSnapshot.From(lastListing, await run.Client.GetVersionAsync(appSoftwareId, state.RequireBuildNumber(run.Plan), token));
            },
            run.Time,
            options.PollInitialDelay,
            options.PollMaxDelay,
            options.ProgressInterval,
            line => run.Reporter.Progress(Name, line));
        var started = run.Time.GetTimestamp();
        var approved = await waiter.WaitAsync($"version {state.LiveVersion?.VersionNumber ?? run.Plan.Version.Number} (build {state.RequireBuildNumber(run.Plan)})", wait, cancellationToken);
        var how = approved.Verdict == ApprovalVerdict.AutoApproved ? "auto-approved (UNINITIATED on a PUBLIC listing)" : ApprovalStatus.Approved.Word();
        return new StepEffect(state with { Listing = LiveListing.From(lastListing) ?? state.Listing },
            $"{how} after {DurationText.Format(run.Time.GetElapsedTime(started))} ({Counted.Of(waiter.Looks, "look")})");
    }
}
