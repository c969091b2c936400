using System.Globalization;
using Marketplace.Release.Failures;
using Marketplace.Release.Insight;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// The <c>gates.installCoverage</c> gate (docs/manifest.md, "Release gates"): right after <c>resolve</c> and before any
/// write, it reads last week's active installs per host version (the partner-metrics query, a POST that only reads)
/// and checks that the release's compatibility, every entry together, covers at least the threshold of each product
/// it supports. Not met: exit 9, nothing sent. No install data (a new app): passes with a note. It runs in a dry run
/// too: <c>plan</c> shows whether the release would be let through.
/// </summary>
internal sealed class InstallCoverageGateStep : IReleaseStep
{
    /// <summary>The weeks read to find the newest one with data (a week or two may lag).</summary>
    private const int WeeksRead = 2;

    public string Name => StepNames.InstallCoverageGate;

    public bool AppliesTo(ReleasePlan plan) => plan.Gates?.InstallCoverage is not null;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) =>
        Task.FromResult(StepDecision.Read(token => CheckAsync(run, state, token)));

    private static async Task<StepEffect> CheckAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var plan = run.Plan;
        var threshold = plan.Gates!.InstallCoverage!.Value;

        // validate refuses gates without a developer id; this is the engine's own guard for a plan built in code.
        var developerId = plan.DeveloperId ?? throw new ReleaseFailedException(FailureKind.InvalidInput,
            "gates need the app's developer space to read its installs, and no developer id is given",
            "set app.developerId in the manifest, or MARKETPLACE_DEVELOPER_ID (the id in the URL of your developer space)");
        var today = DateOnly.FromDateTime(run.Time.GetUtcNow().UtcDateTime);
        var snapshot = await InstallBaseReader.ReadAsync(run.Client, developerId, plan.App.Key, today, WeeksRead, cancellationToken);
        IReadOnlyList<ProductCoverage> supported = [];
        if (snapshot.NewestWeekInstalls.Count > 0)
        {
            var buildOf = await InstallBaseReader.BuildLookupAsync(run.Products, snapshot.NewestWeekInstalls, cancellationToken);
            var compatibility = await CompatibilityAsync(run, state, cancellationToken);
            supported = InstallCoverage.Compute(snapshot.NewestWeekInstalls, compatibility, buildOf)
                .Where(product => product.Supported && product.Installs > 0).ToList();
        }

        if (supported.Count == 0)
        {
            var note = $"no install data for the products this release supports in the last {WeeksRead} weeks (a new app?): the installCoverage gate passes";
            run.Reporter.Info(note);
            return new StepEffect(state, note);
        }

        var week = snapshot.NewestWeek!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var failing = supported.Where(product => product.CoveredPercent < threshold).ToList();
        if (failing.Count > 0)
        {
            throw new ReleaseFailedException(FailureKind.GateNotMet,
                $"a release gate is not met; nothing was sent: installCoverage {Percent(threshold)} %, but this release's compatibility covers {string.Join("; ", failing.Select(product => Describe(product, week)))}",
                "widen version.compatibility to include the excluded host versions, or lower gates.installCoverage in the manifest");
        }

        return new StepEffect(state, $"installCoverage {Percent(threshold)} % met: {string.Join("; ", supported.Select(product => Describe(product, week)))}");
    }

    /// <summary>
    /// What the gate covers: with <c>targets:</c> every target's entries together, each resolved for its own hosting
    /// (the first target's run checks the gate once, before any write); otherwise this version's, as resolve read them.
    /// </summary>
    private static async Task<IReadOnlyList<Api.Models.Compatibility>> CompatibilityAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        if (run.Plan.GateTargets.Count == 0)
        {
            return state.RequireApp().Compatibilities;
        }

        // Every entry of every target read together (one round trip, like resolve), taken in the manifest's order.
        var resolved = await Task.WhenAll(run.Plan.GateTargets.SelectMany(target => target.Version.Compatibility
            .Select(entry => CompatibilityResolver.ResolveAsync(run.Products, entry, target.App.Hosting, cancellationToken))));
        return [.. resolved.Select(entry => entry.Compatibility)];
    }

    private static string Describe(ProductCoverage product, string week)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{product.CoveredPercent:0.0} % of {product.Name}'s {product.Installs:#,0} active installs (week of {week})");
        return product.LargestExcluded.Count == 0
            ? text
            : text + "; largest excluded: " + string.Join(", ", product.LargestExcluded.Select(version =>
                string.Create(CultureInfo.InvariantCulture, $"{product.Name} {version.Version} ({version.Installs:#,0})")));
    }

    private static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
