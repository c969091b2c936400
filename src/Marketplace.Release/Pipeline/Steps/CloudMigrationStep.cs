using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.Presence;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// The <c>cloudMigration:</c> section: reads the live migration record and, when a field the manifest manages differs,
/// sends one JSON Patch with a <c>replace</c> (or <c>add</c>) per differing field; without a record (404) it creates one
/// with PUT. Every attempt starts from a fresh read, so a lost answer is settled by what the record now holds.
/// </summary>
internal sealed class CloudMigrationStep : IReleaseStep
{
    public string Name => StepNames.CloudMigration;

    public bool AppliesTo(ReleasePlan plan) => plan.CloudMigration is not null;

    public async Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var product = state.RequireProduct();
        var live = await run.Client.GetMigrationAsync(product.ProductId, cancellationToken);
        var differences = DesiredMigration.Differences(live, Desired(run, product, live));
        if (differences.Count == 0)
        {
            return StepDecision.Skip("the Cloud migration record already shows the manifest's cloudMigration");
        }

        var fields = string.Join(", ", differences.Select(difference => difference.Field));
        return StepDecision.Change(ChangeKind.Presence, live is null ? $"create the Cloud migration record ({fields})" : $"update the Cloud migration record ({fields})",
            token => WriteAsync(run, state, product, token),
            details: [.. differences.Select(difference => difference.Change)]);
    }

    private async Task<StepEffect> WriteAsync(ReleaseRun run, ReleaseState state, ResolvedProduct product, CancellationToken cancellationToken)
    {
        var summary = "the Cloud migration record already showed the manifest's cloudMigration";
        await MutationGuard.RunAsync(run, Name,
            async attempt =>
            {
                var live = await run.Client.GetMigrationAsync(product.ProductId, attempt);
                var desired = Desired(run, product, live);
                if (live is null)
                {
                    await run.Client.CreateMigrationAsync(product.ProductId, desired, attempt);
                    summary = "Cloud migration record created";
                }
                else if (MigrationPatch.Between(live, desired) is { Count: > 0 } patch)
                {
                    await run.Client.PatchMigrationAsync(product.ProductId, patch, attempt);
                    summary = $"Cloud migration record patched: {string.Join(", ", patch.Select(operation => $"{operation.Op.ToString().ToLowerInvariant()} {operation.Path}"))}";
                }
            },
            async attempt =>
            {
                var live = await run.Client.GetMigrationAsync(product.ProductId, attempt);
                return live is not null && DesiredMigration.Differences(live, Desired(run, product, live)).Count == 0;
            },
            cancellationToken);
        return new StepEffect(state, summary);
    }

    /// <summary>
    /// A new record names the product's developer and the app by the name this run gives it: <c>appListing.name</c>
    /// (the app-listing step, which runs first, renames the app to it), else the developer-space listing's app name,
    /// else the key.
    /// </summary>
    private static MigrationInfo Desired(ReleaseRun run, ResolvedProduct product, MigrationInfo? live) =>
        DesiredMigration.Apply(run.Plan.CloudMigration!, live, run.Plan.DeveloperId!, run.Plan.AppListing?.Name ?? product.AppName ?? run.Plan.App.Key);
}
