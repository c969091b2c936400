using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// A release with <c>targets:</c> (docs/manifest.md): each target through the whole pipeline in the order written,
/// the app's presence sections with the last one only. The first failing target stops the run with its exit code;
/// later targets are not attempted, and a re-run finds the finished ones unchanged.
/// </summary>
internal static class TargetsRun
{
    public static async Task<ReleaseResult> PublishAsync(ReleasePlan plan, ReleaseOptions options, IReleaseReporter reporter, ReleaseStage stopAfter, CancellationToken cancellationToken)
    {
        var results = new List<(TargetSpec Target, ReleaseResult Result)>();
        for (var i = 0; i < plan.Targets.Count; i++)
        {
            var target = plan.Targets[i];
            var targetPlan = plan.ForTarget(target, withPresence: i == plan.Targets.Count - 1, withGates: i == 0);
            reporter.TargetStarted(target.Name, i + 1, plan.Targets.Count, Describe(target));
            var result = await ReleaseEngine.PublishOneAsync(targetPlan, options, reporter, stopAfter, cancellationToken);
            results.Add((target, result));
            if (result.Status == ReleaseStatus.Failed)
            {
                break;
            }
        }

        return Combine(results);
    }

    /// <summary>"datacenter 3.1.0 (build 300100000)", how the log introduces a target.</summary>
    public static string Describe(TargetSpec target) =>
        $"{target.App.Hosting.Word()} {target.Version.Number ?? "(version number assigned by the Marketplace)"} ({(target.Version.BuildAssignedByMarketplace ? "build assigned by the Marketplace" : $"build {target.Version.BuildNumber}")})";

    /// <summary>
    /// The run as a whole: the first failure, else published when any target was, else the strongest change (staged,
    /// updated), else planned or unchanged; the other top-level fields are the last target run's.
    /// </summary>
    internal static ReleaseResult Combine(IReadOnlyList<(TargetSpec Target, ReleaseResult Result)> results)
    {
        var last = results[^1].Result;
        var failed = results.FirstOrDefault(entry => entry.Result.Status == ReleaseStatus.Failed);
        var statuses = results.Select(entry => entry.Result.Status).ToList();
        var status = failed.Result is not null ? ReleaseStatus.Failed
            : statuses.Contains(ReleaseStatus.Published) ? ReleaseStatus.Published
            : statuses.Contains(ReleaseStatus.Staged) ? ReleaseStatus.Staged
            : statuses.Contains(ReleaseStatus.Updated) ? ReleaseStatus.Updated
            : statuses.Contains(ReleaseStatus.Planned) ? ReleaseStatus.Planned
            : ReleaseStatus.Unchanged;
        return last with
        {
            Status = status,
            ExitCode = failed.Result?.ExitCode ?? ExitCodes.Success,
            Steps = [.. results.SelectMany(entry => entry.Result.Steps.Select(step => step with { Name = $"{entry.Target.Name}/{step.Name}" }))],
            Changes = [.. results.SelectMany(entry => entry.Result.Changes.Select(change => $"{entry.Target.Name}: {change}"))],
            Error = failed.Result?.Error is { } error ? $"target {failed.Target.Name}: {error}" : null,
            MarketplaceError = failed.Result?.MarketplaceError,
            Failure = failed.Result?.Failure,
            Targets = [.. results.Select(entry => TargetResult.From(entry.Target.Name, entry.Result))],
        };
    }
}
