using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Pipeline.Steps;

/// <summary>
/// Every step has its own tests: a file in <c>src/Marketplace.Release/Pipeline/Steps/</c> without a
/// <c>&lt;StepName&gt;Tests.cs</c> next to this one fails here, and so does a step of the engine's list that is not in that folder.
/// </summary>
[TestFixture]
internal sealed class StepTestCoverageTests
{
    private static readonly string StepsFolder = Path.Join(WorkspaceBuilder.RepositoryRoot(), "src", "Marketplace.Release", "Pipeline", "Steps");
    private static readonly string TestsFolder = Path.Join(WorkspaceBuilder.RepositoryRoot(), "tests", "Marketplace.Release.Tests", "Pipeline", "Steps");

    [Test]
    public void Every_step_file_has_a_test_file()
    {
        var steps = Names(StepsFolder, "*Step.cs");
        var tests = Names(TestsFolder, "*StepTests.cs").Select(name => name[..^"Tests".Length]).ToHashSet(StringComparer.Ordinal);

        Assert.That(steps, Is.Not.Empty);
        Assert.That(steps.Where(step => !tests.Contains(step)), Is.Empty, "add tests/Marketplace.Release.Tests/Pipeline/Steps/<StepName>Tests.cs for these steps");
    }

    [Test]
    public void Every_step_of_the_engine_lives_in_the_steps_folder()
    {
        var plan = new StepFixture().Plan;
        var everything = plan with
        {
            DeveloperId = "dev-1",
            GitHub = new GitHubSpec("octo-org/timesheets", "v1.4.0", ReleaseNotes: true, Asset: null, LinkBack: true),
            AppListing = new AppListingSpec(),
            CloudMigration = new CloudMigrationSpec(),
            PrivacySecurity = new PrivacySecuritySpec("/workspace/privacy.json", [], Publish: true),
            Gates = new GatesSpec { InstallCoverage = 90m },
        };
        var options = new StepFixture().Options with { WaitForApproval = TimeSpan.FromHours(1) };

        var types = ReleaseEngine.Steps(everything, options, ReleaseStage.Verify).Select(step => step.GetType().Name);

        Assert.That(types, Is.EquivalentTo(Names(StepsFolder, "*Step.cs")));
    }

    private static List<string> Names(string folder, string pattern) =>
        [.. Directory.GetFiles(folder, pattern).Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal)];
}
