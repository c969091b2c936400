using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Pipeline;

/// <summary>
/// The rules that keep steps pipes, checked on the source so a new step cannot quietly break them: the loop alone
/// explains API errors and plays dry runs, and a step reaches other steps only through the state.
/// </summary>
[TestFixture]
internal sealed class StepRulesTests
{
    private static readonly string StepsFolder = Path.Join(WorkspaceBuilder.RepositoryRoot(), "src", "Marketplace.Release", "Pipeline", "Steps");

    private static IEnumerable<string> StepFiles() => Directory.EnumerateFiles(StepsFolder, "*.cs").Select(Path.GetFileName)!;

    [TestCaseSource(nameof(StepFiles))]
    public void A_step_neither_catches_API_errors_nor_asks_for_a_dry_run_nor_calls_another_step(string file)
    {
        var source = File.ReadAllText(Path.Join(StepsFolder, file));
        var others = StepFiles().Select(f => Path.GetFileNameWithoutExtension(f)).Where(name => name != Path.GetFileNameWithoutExtension(file));

        Assert.Multiple(() =>
        {
            Assert.That(source, Does.Not.Contain("catch (MarketplaceApiException"), "the engine loop explains API errors");
            Assert.That(source, Does.Not.Contain("DryRun"), "the engine loop plays dry runs");
            foreach (var other in others)
            {
                Assert.That(source, Does.Not.Contain(other + "."), $"steps share state, not each other ({other})");
            }
        });
    }

    [Test]
    public void Every_step_class_is_one_file_named_after_it()
    {
        var steps = typeof(IReleaseStep).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(IReleaseStep).IsAssignableFrom(t) && t.Namespace == "Marketplace.Release.Pipeline.Steps")
            .Select(t => t.Name + ".cs");

        Assert.That(StepFiles(), Is.EquivalentTo(steps));
    }
}
