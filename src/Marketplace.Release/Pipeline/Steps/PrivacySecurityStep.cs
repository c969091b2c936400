using Marketplace.Release.Api.Models;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.Presence;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// The <c>privacySecurity:</c> section: compares the file's answers with the live ones (<c>?state=live</c>, always
/// asked explicitly: without it the API answers a draft when one exists). When they differ it PUTs the draft, unless a
/// draft equal to the file is already there (a run stopped before publishing), and with <c>publish: true</c> publishes
/// it. A publish whose answer was lost leaves no draft behind (a second publish would be 404), so the live answers are
/// read to settle it.
/// </summary>
internal sealed class PrivacySecurityStep : IReleaseStep
{
    public string Name => StepNames.PrivacySecurity;

    public bool AppliesTo(ReleasePlan plan) => plan.PrivacySecurity is not null;

    public async Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var spec = run.Plan.PrivacySecurity!;
        var productId = state.RequireProduct().ProductId;
        var file = Path.GetRelativePath(run.Plan.WorkspaceRoot, spec.FilePath);
        var live = await run.Client.GetPrivacySecurityAsync(productId, PrivacySecurityState.Live, cancellationToken);
        if (PrivacyAnswers.Same(live?.CommonCloud, spec.CommonCloud))
        {
            return StepDecision.Skip($"the live privacy and security answers are those of {file}");
        }

        var draft = await run.Client.GetPrivacySecurityAsync(productId, PrivacySecurityState.Draft, cancellationToken);
        var draftIsFile = PrivacyAnswers.Same(draft?.CommonCloud, spec.CommonCloud);
        if (draftIsFile && !spec.Publish)
        {
            return StepDecision.Skip($"the privacy and security draft already holds the answers of {file}; publish: false leaves it a draft");
        }

        var change = (draftIsFile, spec.Publish) switch
        {
            (true, _) => $"publish the privacy and security draft (it already holds the answers of {file})",
            (false, true) => $"write the answers of {file} as the privacy and security draft and publish it",
            (false, false) => $"write the answers of {file} as the privacy and security draft (publish: false leaves it a draft)",
        };
        return StepDecision.Change(ChangeKind.Presence, change, token => WriteAsync(run, state, productId, draftIsFile, token),
            details: [.. PrivacyAnswers.Differences(live?.CommonCloud, spec.CommonCloud).Select(difference => difference.Change)]);
    }

    private async Task<StepEffect> WriteAsync(ReleaseRun run, ReleaseState state, string productId, bool draftIsFile, CancellationToken cancellationToken)
    {
        var spec = run.Plan.PrivacySecurity!;
        if (!draftIsFile)
        {
            await MutationGuard.RunAsync(run, Name,
                attempt => run.Client.PutPrivacySecurityDraftAsync(productId, spec.CommonCloud, attempt),
                async attempt => await HoldsFileAsync(run, productId, PrivacySecurityState.Draft, attempt) || await HoldsFileAsync(run, productId, PrivacySecurityState.Live, attempt),
                cancellationToken);
        }

        if (!spec.Publish)
        {
            return new StepEffect(state, "draft written; publish: false leaves it a draft");
        }

        // No draft to publish (404) is fine when the answers are live already: another run, or a publish of ours whose
        // answer was lost, published them.
        await MutationGuard.RunAsync(run, Name,
            attempt => run.Client.PublishPrivacySecurityAsync(productId, attempt),
            attempt => HoldsFileAsync(run, productId, PrivacySecurityState.Live, attempt),
            error => error.Status == 404,
            cancellationToken);

        return new StepEffect(state, draftIsFile ? "draft published" : "draft written and published");
    }

    private static async Task<bool> HoldsFileAsync(ReleaseRun run, string productId, PrivacySecurityState version, CancellationToken cancellationToken) =>
        PrivacyAnswers.Same((await run.Client.GetPrivacySecurityAsync(productId, version, cancellationToken))?.CommonCloud, run.Plan.PrivacySecurity!.CommonCloud);
}
