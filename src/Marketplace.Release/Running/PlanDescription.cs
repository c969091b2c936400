using Marketplace.Release.Domain;
using Marketplace.Release.Manifest;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Running;

/// <summary>How every front end describes a valid manifest and the release it is about to run.</summary>
internal static class PlanDescription
{
    public static string Valid(ReleasePlan plan) => $"✔ {Path.GetFileName(plan.ManifestPath)} is valid: {Describe(plan)}";

    /// <summary><c>✖ 3 problems in marketplace-release.yml</c>: the line for an invalid manifest.</summary>
    public static string Invalid(int problems, string manifestPath) => $"✖ {Problems(problems, manifestPath)}";

    /// <summary><c>3 problems in marketplace-release.yml</c>, the opening of every invalid manifest's message.</summary>
    public static string Problems(int problems, string manifestPath) => $"{Counted.Of(problems, "problem")} in {Path.GetFileName(manifestPath)}";

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
        $"{Counted.Of(plan.Targets.Count, "target")}: " +
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
            { LocalPath: { } local } => $"artifact {Path.GetRelativePath(plan.WorkspaceRoot, local)} ({Megabytes.Text(new FileInfo(local).Length)})",
            { Url: { } url } => $"artifact fetched from {url}",
            _ => plan.GitHub?.Asset is { } asset ? $"artifact from the GitHub release asset {asset}" : "no artifact",
        };
        return $"{plan.App.Key} {Number(version)} ({Build(version)}, {plan.App.Hosting.Word()}, {version.Framework.Word()}), {artifact}, " +
            $"{Counted.Of(version.Compatibility.Count, "compatibility entry", "compatibility entries")}, listing {(plan.Listing.Public ? "public" : "private")}";
    }
}
