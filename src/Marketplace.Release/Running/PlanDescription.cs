using Marketplace.Release.Domain;
using Marketplace.Release.Manifest;

namespace Marketplace.Release.Running;

/// <summary>How every front end describes a valid manifest and the release it is about to run.</summary>
internal static class PlanDescription
{
    public static string Valid(ReleasePlan plan) => $"✔ {Path.GetFileName(plan.ManifestPath)} is valid: {Describe(plan)}";

    public static string Opening(ReleasePlan plan, ReleaseRequest request, Uri baseUrl)
    {
        var upTo = request.StopAfter == Pipeline.ReleaseStage.Verify ? string.Empty : $" up to {request.StopAfter}";
        if (plan.Targets.Count > 0)
        {
            return $"{(request.DryRun ? "Planning" : "Publishing")} {plan.App.Key}, {Targets(plan)}{upTo} to {baseUrl}";
        }

        return $"{(request.DryRun ? "Planning" : "Publishing")} {plan.App.Key} {Number(plan.Version)} ({Build(plan.Version)}, {plan.App.Hosting.Word()}){upTo} to {baseUrl}";
    }

    /// <summary>connect has no number before the Marketplace assigns one, so none is promised (the result names it).</summary>
    private static string Number(VersionSpec version) => version.Number ?? "(version number assigned by the Marketplace)";

    private static string Build(VersionSpec version) =>
        version.BuildAssignedByMarketplace ? "build assigned by the Marketplace" : $"build {version.BuildNumber}";

    private static string Targets(ReleasePlan plan) =>
        $"{plan.Targets.Count} target{(plan.Targets.Count == 1 ? "" : "s")}: " +
        string.Join("; ", plan.Targets.Select(target => $"{target.Name} {Pipeline.TargetsRun.Describe(target)}"));

    private static string Describe(ReleasePlan plan)
    {
        if (plan.Targets.Count > 0)
        {
            return $"{plan.App.Key}, {Targets(plan)}";
        }

        var version = plan.Version;
        var artifact = version.Artifact switch
        {
            { LocalPath: { } local } => $"artifact {Path.GetRelativePath(plan.WorkspaceRoot, local)} ({Megabytes.Format(new FileInfo(local).Length)} MB)",
            { Url: { } url } => $"artifact fetched from {url}",
            _ => plan.GitHub?.Asset is { } asset ? $"artifact from the GitHub release asset {asset}" : "no artifact",
        };
        return $"{plan.App.Key} {Number(version)} ({Build(version)}, {plan.App.Hosting.Word()}, {version.Framework.Word()}), {artifact}, " +
            $"{version.Compatibility.Count} compatibility entr{(version.Compatibility.Count == 1 ? "y" : "ies")}, listing {(plan.Listing.Public ? "public" : "private")}";
    }
}
