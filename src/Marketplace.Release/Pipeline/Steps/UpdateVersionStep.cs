using Marketplace.Release.Api.Models;
using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Versions;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// docs/marketplace-api.md § Compatibility updates: brings an existing version's editable fields (compatibility, supported, beta, release summary and notes)
/// in line with the manifest by one <c>PUT …/versions/{build}</c>: the whole version as just read, those fields
/// replaced, the read <c>revision</c> (a stale one, 400 <c>REVISION_MISMATCH</c>, is read again and sent once more).
/// A lost answer is settled by reading the version back, never by sending blindly again. Nothing is uploaded or
/// created; any other difference was a conflict at reconcile.
/// </summary>
internal sealed class UpdateVersionStep : IReleaseStep
{
    public string Name => StepNames.UpdateVersion;

    public async Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        if (state.LiveVersion is not { } live)
        {
            return StepDecision.Skip("the version is new: create-version sends it whole");
        }

        var desired = DesiredVersion.Build(run.Plan, state);
        var edits = VersionComparison.Of(desired, live).Edits;
        if (edits.Count == 0)
        {
            return StepDecision.Skip("the version's compatibility, support flags and notes are as the manifest says");
        }

        var changes = string.Join("; ", await VersionEditText.DescribeAsync(edits, run.Products, cancellationToken));
        var appSoftwareId = state.RequireApp().AppSoftwareId;
        return StepDecision.Change(
            ChangeKind.InPlaceUpdate,
            $"update version {live.VersionNumber} (build {state.RequireBuildNumber(run.Plan)}): {changes}",
            token => UpdateAsync(run, state, desired, changes, token),
            $"dry run: would PUT /rest/3/app-software/{appSoftwareId}/versions/{state.RequireBuildNumber(run.Plan)} with {changes}");
    }

    private async Task<StepEffect> UpdateAsync(ReleaseRun run, ReleaseState state, VersionCreateRequest desired, string changes, CancellationToken cancellationToken)
    {
        var appSoftwareId = state.RequireApp().AppSoftwareId;
        var sent = await RevisionRetry.RunAsync(
            async token =>
            {
                // Read afresh: the PUT carries this revision and every field as it is now.
                var current = await run.Client.GetVersionBodyAsync(appSoftwareId, state.RequireBuildNumber(run.Plan), token)
                    ?? throw new ReleaseFailedException(FailureKind.Internal, $"version build {state.RequireBuildNumber(run.Plan)} disappeared while it was being updated", "re-run; if it persists, look at the version in the Marketplace UI");
                var body = VersionUpdateBody.Build(current, desired);
                return await MutationGuard.RunAsync(
                    run,
                    Name,
                    update => run.Client.UpdateVersionAsync(appSoftwareId, state.RequireBuildNumber(run.Plan), body, update),
                    async check => await run.Client.GetVersionAsync(appSoftwareId, state.RequireBuildNumber(run.Plan), check) is { } version
                        && VersionComparison.Of(desired, version).Edits.Count == 0,
                    token);
            },
            () => run.Reporter.Progress(Name, "the version changed meanwhile (revision mismatch); reading it again and retrying once"),
            cancellationToken);
        return new StepEffect(state, sent ? $"updated {changes}" : $"already updated: {changes}");
    }
}
