using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;

namespace Marketplace.Release.Running;

/// <summary>
/// <c>--target NAME</c>: the plan with only the named targets, in the manifest's order. A name the manifest does not
/// have, or a selection on a manifest without <c>targets:</c>, is a usage error (exit 2, nothing sent).
/// </summary>
internal static class TargetSelection
{
    public static ReleasePlan? Select(ReleasePlan plan, IReadOnlyList<string> names, out ReleaseFailure? problem)
    {
        problem = null;
        if (names.Count == 0)
        {
            return plan;
        }

        if (plan.Targets.Count == 0)
        {
            problem = ReleaseFailure.InvalidInput($"a target was selected ({string.Join(", ", names)}), but {Path.GetFileName(plan.ManifestPath)} has no targets",
                "drop the target selection, or list the versions of the release under targets:");
            return null;
        }

        var known = plan.Targets.Select(target => target.Name).ToList();
        var unknown = names.Where(name => !known.Contains(name, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            problem = ReleaseFailure.InvalidInput($"unknown target {string.Join(", ", unknown.Select(name => $"'{name}'"))}",
                $"select one of the manifest's targets: {string.Join(", ", known)}");
            return null;
        }

        var selected = plan.Targets.Where(target => names.Contains(target.Name, StringComparer.Ordinal)).ToList();
        return plan with { Targets = selected, Version = selected[0].Version, Listing = selected[0].Listing };
    }
}
