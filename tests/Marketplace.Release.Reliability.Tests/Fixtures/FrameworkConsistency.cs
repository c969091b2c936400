using Marketplace.Release.Pipeline;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>
/// What "consistent" means after a connect, forge or external release (issue 12): exactly one new version, of that
/// framework, with exactly one listing, PUBLIC; a connect version's descriptor is a processed artifact; the result
/// names the build number the Marketplace holds.
/// </summary>
internal static class FrameworkConsistency
{
    public static IReadOnlyList<string> Problems(TestSandbox sandbox, string framework, CliRun? run = null)
    {
        var problems = new List<string>();
        var state = sandbox.State;
        var all = state.Versions(sandbox.AppSoftwareId);
        var made = all.Where(v => v.FrameworkId == framework).ToList();
        if (all.Count != Consistency.SeededVersions + 1 || made.Count != 1)
        {
            problems.Add($"{Counted.Of(all.Count - Consistency.SeededVersions, "new version")}, {made.Count} of them {framework}; expected exactly one");
            return problems;
        }

        var version = made[0];
        var listings = state.Listings(sandbox.AppSoftwareId).Where(l => l.BuildNumber == version.BuildNumber).ToList();
        if (listings.Count != 1 || listings[0].State != "PUBLIC")
        {
            problems.Add($"{Counted.Of(listings.Count, "listing")} of build {version.BuildNumber}{(listings.Count == 1 ? $", {listings[0].State}" : string.Empty)}");
        }

        if (framework == "connect" && (version.FrameworkAttributes?["descriptorId"]?.ToString() is not { } descriptor || state.Artifact(descriptor) is not { Status: "PROCESSED" }))
        {
            problems.Add("the connect version's descriptorId is not a processed artifact");
        }

        if (run?.Result is { } result && result.BuildNumber != version.BuildNumber)
        {
            problems.Add($"the result says build {result.BuildNumber}, the Marketplace holds {version.BuildNumber}");
        }

        return problems;
    }

    public static void AssertPublished(TestSandbox sandbox, string framework, CliRun run)
    {
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(Problems(sandbox, framework, run), Is.Empty, run.ToString());
        Assert.That(run.Result?.Steps.SingleOrDefault(s => s.Name == "verify")?.Outcome, Is.EqualTo(StepEnding.Done), "the release was not verified");
    }

    /// <summary><see cref="InProcessCli.Fast"/>, with uploads (a connect re-run fetches its descriptor again) 100 ms apart.</summary>
    public static ReleaseOptions Fast(ReleaseOptions options)
    {
        var fast = InProcessCli.Fast(options);
        return fast with { Client = fast.Client with { UploadSpacing = TimeSpan.FromMilliseconds(100) } };
    }
}
