using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.Presence;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// The app's <c>productId</c>, which the presence sections' endpoints take: the app key's listing among the developer
/// space's app listings (all pages, private apps included). A read, so it runs right after <c>resolve</c>: a wrong
/// developer id stops the release before anything is written, not after the version is out.
/// </summary>
internal sealed class ResolveProductStep : IReleaseStep
{
    public string Name => StepNames.ResolveProduct;

    public bool AppliesTo(ReleasePlan plan) => PresenceSections.Any(plan);

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) =>
        Task.FromResult(StepDecision.Read(token => ResolveAsync(run, state, token)));

    private static async Task<StepEffect> ResolveAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var plan = run.Plan;

        // validate refuses the sections without a developer id; this is the engine's own guard for a plan built in code.
        var developerId = plan.DeveloperId ?? throw new ReleaseFailedException(FailureKind.InvalidInput,
            $"{PresenceSections.Names(plan)} need the app's developer space, and no developer id is given",
            "set app.developerId in the manifest, or MARKETPLACE_DEVELOPER_ID (the id in the URL of your developer space)");
        var listing = await run.Client.FindDeveloperListingAsync(developerId, plan.App.Key, cancellationToken);
        if (listing?.ProductId is not { } productId)
        {
            throw new ReleaseFailedException(FailureKind.Refused,
                $"developer space {developerId} lists no app with the key '{plan.App.Key}' (private apps included)",
                "set app.developerId (or MARKETPLACE_DEVELOPER_ID) to the developer space that owns the app");
        }

        return new StepEffect(state with { Product = new ResolvedProduct(productId, listing.AppName) },
            $"product {productId} in developer space {developerId}");
    }
}
