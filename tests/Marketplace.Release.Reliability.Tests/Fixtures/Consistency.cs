using Marketplace.Release.Pipeline;
using Marketplace.Sandbox;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>
/// What "consistent" means after a release of one build: exactly one version of that build and no other new one,
/// exactly one listing, PUBLIC, on a processed artifact that holds the file, every screenshot a known image.
/// </summary>
internal static class Consistency
{
    /// <summary>The versions in the default seed (1.3.0).</summary>
    public const int SeededVersions = 1;

    /// <summary>The problems found; empty when the sandbox holds exactly one published release of <paramref name="build"/>.</summary>
    public static IReadOnlyList<string> Problems(TestSandbox sandbox, long build, int releases = 1)
    {
        var problems = new List<string>();
        var state = sandbox.State;
        var all = state.Versions(sandbox.AppSoftwareId);
        if (all.Count != SeededVersions + releases)
        {
            problems.Add($"{Counted.Of(all.Count - SeededVersions, "new version")}, expected {releases}");
        }

        var version = all.SingleOrDefault(v => v.BuildNumber == build);
        var listings = state.Listings(sandbox.AppSoftwareId).Where(l => l.BuildNumber == build).ToList();
        if (version is null)
        {
            problems.Add($"no version {build}");
            return problems;
        }

        if (listings.Count != 1)
        {
            problems.Add($"{listings.Count} listings of {build}");
        }
        else if (listings[0].State != "PUBLIC")
        {
            problems.Add($"listing is {listings[0].State}");
        }
        else if (listings[0].Screenshots.Any(s => s.ImageId is null || !state.HasImage(s.ImageId)))
        {
            problems.Add("a screenshot names an unknown image");
        }

        if (version.ArtifactId is not { } artifactId || state.Artifact(artifactId) is not { Status: "PROCESSED" })
        {
            problems.Add($"the version's artifact {version.ArtifactId} is not a processed artifact");
        }

        return problems;
    }

    public static void AssertPublished(TestSandbox sandbox, long build, CliRun run, int releases = 1)
    {
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(Problems(sandbox, build, releases), Is.Empty, run.ToString());
        Assert.That(run.Result?.Steps.SingleOrDefault(s => s.Name == "verify")?.Outcome, Is.EqualTo(StepEnding.Done), "the release was not verified");
    }
}
