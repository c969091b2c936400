using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>
/// What "consistent" means after a two-target release (issue 20, <see cref="TargetsWorkspaces.DataCenterPair"/>):
/// exactly one new version per target, each with its own number, build number and artifact, each with exactly one
/// PUBLIC listing; the result names both targets as the Marketplace holds them.
/// </summary>
internal static class TargetsConsistency
{
    private static readonly (string Name, string Number, long Build)[] Expected =
    [
        ("jira10", "2.1.0", TargetsWorkspaces.Jira10Build),
        ("jira11", "3.1.0", TargetsWorkspaces.Jira11Build),
    ];

    public static IReadOnlyList<string> Problems(TestSandbox sandbox, CliRun? run = null)
    {
        var problems = new List<string>();
        var state = sandbox.State;
        var all = state.Versions(sandbox.AppSoftwareId);
        if (all.Count != Consistency.SeededVersions + Expected.Length)
        {
            problems.Add($"{Counted.Of(all.Count - Consistency.SeededVersions, "new version")}; expected exactly {Expected.Length}, one per target");
        }

        foreach (var (name, number, build) in Expected)
        {
            var versions = all.Where(v => v.VersionNumber == number).ToList();
            if (versions is not [{ } version] || version.BuildNumber != build)
            {
                problems.Add($"target {name}: {Counted.Of(versions.Count, "version")} {number}{(versions.Count == 1 ? $" with build {versions[0].BuildNumber}" : string.Empty)}; expected one with build {build}");
                continue;
            }

            var listings = state.Listings(sandbox.AppSoftwareId).Where(l => l.BuildNumber == build).ToList();
            if (listings.Count != 1 || listings[0].State != "PUBLIC")
            {
                problems.Add($"target {name}: {Counted.Of(listings.Count, "listing")} of build {build}{(listings.Count == 1 ? $", {listings[0].State}" : string.Empty)}");
            }
        }

        var artifacts = Expected.Select(e => all.FirstOrDefault(v => v.BuildNumber == e.Build)?.ArtifactId).ToList();
        if (artifacts.Distinct().Count() != artifacts.Count)
        {
            problems.Add("the targets' versions share an artifact");
        }

        if (run?.Result is { } result && result.Targets?.Select(t => (t.Name, t.BuildNumber)).SequenceEqual(Expected.Select(e => (e.Name, (long?)e.Build))) != true)
        {
            problems.Add($"the result names the targets {string.Join(", ", result.Targets?.Select(t => $"{t.Name} {t.BuildNumber}") ?? [])}");
        }

        return problems;
    }

    public static void AssertPublished(TestSandbox sandbox, CliRun run)
    {
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(Problems(sandbox, run), Is.Empty, run.ToString());
        Assert.That(run.Result!.Targets!.Select(t => t.Steps.SingleOrDefault(s => s.Name == "verify")?.Outcome), Is.All.EqualTo(StepEnding.Done), "a target was not verified");
    }
}
