using System.Text.RegularExpressions;
using Marketplace.Release.Docs.Tests.Markdown;
using Marketplace.Release.Manifest;

namespace Marketplace.Release.Docs.Tests.Examples;

/// <summary>
/// Every fenced block of README.md and docs/*.md, one test case each: classified (<see cref="BlockClassifier"/>; an
/// unclassified block fails) and checked as its kind says. The classification of every block is printed.
/// </summary>
public sealed partial class DocumentedBlockTests
{
    public static IEnumerable<TestCaseData> Blocks() =>
        MarkdownBlocks.All.Select(block => new TestCaseData(block.File, block.Line).SetName($"{block.File}:{block.Line} {(block.Language.Length == 0 ? "text" : block.Language)}"));

    [Test]
    public void The_documentation_has_blocks_of_every_checked_kind()
    {
        var classes = MarkdownBlocks.All.Select(block => (block, @class: BlockClassifier.Classify(block, out var problem), problem)).ToList();
        foreach (var (block, @class, problem) in classes)
        {
            TestContext.Out.WriteLine($"{block}: {(@class is null ? "UNCLASSIFIED: " + problem : $"{@class.Kind} ({@class.Reason})")}");
        }

        Assert.That(classes.Select(entry => entry.@class?.Kind).OfType<BlockKind>().Distinct(),
            Is.SupersetOf(new[] { BlockKind.Manifest, BlockKind.Workflow, BlockKind.BitbucketPipelines, BlockKind.Cake, BlockKind.Run }),
            "the extraction found no block of some kind: is the Markdown parsed?");
    }

    [TestCaseSource(nameof(Blocks))]
    public async Task Every_block_is_classified_and_holds(string file, int line)
    {
        var block = MarkdownBlocks.All.Single(candidate => candidate.File == file && candidate.Line == line);
        var @class = BlockClassifier.Classify(block, out var problem);
        Assert.That(@class, Is.Not.Null, $"{block}: {problem}");
        TestContext.Out.WriteLine($"{block}: {@class!.Kind} ({@class.Reason})");
        switch (@class.Kind)
        {
            case BlockKind.Manifest:
                try
                {
                    var plan = ManifestExample.Load(block.Text);
                    TestContext.Out.WriteLine($"valid: {plan.App.Key} {plan.Version.Number}");
                }
                catch (ManifestException invalid)
                {
                    Assert.Fail($"{block}: the manifest is invalid:\n{string.Join("\n", invalid.Diagnostics)}");
                }

                break;
            case BlockKind.YamlFragment:
                Assert.That(() => Yaml.Parse(block.Text), Throws.Nothing, $"{block} is not YAML");
                break;
            case BlockKind.Workflow or BlockKind.WorkflowSteps:
                Assert.That(WorkflowExample.GitHubProblems(block.Text, @class.Kind == BlockKind.WorkflowSteps), Is.Empty, block.ToString());
                break;
            case BlockKind.BitbucketPipelines:
                Assert.That(WorkflowExample.BitbucketProblems(block.Text, ManifestVariables()), Is.Empty, block.ToString());
                break;
            case BlockKind.Cake:
                var (run, server) = await CakeExample.RunAsync(block.Text);
                await using (server)
                {
                    Assert.That(run.ExitCode, Is.Zero, run.ToString());
                    Assert.That(server.State.AppSoftwareId("com.example.timesheets", "datacenter") is { } id && server.State.Listings(id).Count > 1, Is.True,
                        "the script published nothing to the sandbox\n" + run);
                }

                break;
            case BlockKind.Run:
                var shell = await ShellBlockRunner.RunAsync(block.Text);
                TestContext.Out.WriteLine(shell.ToString());
                Assert.That(shell.ExitCode, Is.Zero, $"{block} failed:\n{shell}");
                break;
            case BlockKind.Output:
                TestContext.Out.WriteLine("an example of output: nothing to run");
                break;
            case BlockKind.Skip:
                Assert.Ignore($"{block} not run: {@class.Reason}");
                break;
            default:
                Assert.Fail($"no check for {@class.Kind}");
                break;
        }
    }

    /// <summary>The ${NAME} variables of the documented manifests: a pipe passes them on to the manifest.</summary>
    private static HashSet<string> ManifestVariables() =>
        [.. MarkdownBlocks.All.Where(block => BlockClassifier.Classify(block, out _)?.Kind == BlockKind.Manifest)
            .SelectMany(block => Interpolation().Matches(block.Text).Select(match => match.Groups[1].Value))];

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Interpolation();
}
