using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Failures;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Cli.Tests.Hosts;

/// <summary>The terminal and GitHub Actions print the engine's step lines word for word; GitHub only adds its groups and annotations.</summary>
[TestFixture]
internal sealed class ReporterLineTests
{
    private static readonly ReleaseFailure Refused = new(FailureKind.Refused, "the Marketplace refused POST /artifacts", "check the artifact", "bad jar");

    [Test]
    public void The_console_prints_each_event_as_the_engine_words_it()
    {
        var output = new StringWriter { NewLine = "\n" };

        Play(new ConsoleReporter(output));

        Assert.That(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(Expected(warning: StepLine.Warning("slow"))));
    }

    [Test]
    public void GitHub_Actions_prints_the_same_lines_inside_its_groups_and_annotates_warnings_and_failures()
    {
        var output = new StringWriter { NewLine = "\n" };

        Play(new GitHubActionsReporter(output));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines.Where(line => !line.StartsWith("::", StringComparison.Ordinal)), Is.EqualTo(Expected(warning: null)));
            Assert.That(lines, Does.Contain("::group::cloud · upload-artifact").And.Contain("::warning::slow"));
            Assert.That(lines.Last(), Is.EqualTo("::error title=publish failed (exit 4)::the Marketplace refused POST /artifacts. Fix: check the artifact%0AMarketplace said: bad jar"));
        });
    }

    private static void Play(IReleaseReporter reporter)
    {
        reporter.TargetStarted("cloud", 1, 2, "version 1.4.0");
        reporter.StepStarted("upload-artifact");
        reporter.Progress("upload-artifact", "10 / 40 MB");
        reporter.StepDone("upload-artifact", "uploaded x.jar", TimeSpan.FromMilliseconds(1234));
        reporter.StepStarted("create-version");
        reporter.StepSkipped("create-version", "version 1.4.0 exists", TimeSpan.FromMilliseconds(3));
        reporter.Info(StepLine.Would("publish version 1.4.0"));
        reporter.Warning("slow");
        reporter.StepStarted("publish");
        reporter.StepFailed("publish", Refused, TimeSpan.FromMilliseconds(5));
    }

    private static IEnumerable<string> Expected(string? warning) => new[]
    {
        StepLine.Target("cloud", 1, 2, "version 1.4.0"),
        StepLine.Progress("10 / 40 MB"),
        "✔ upload-artifact (1.2 s): uploaded x.jar",
        "- create-version (skipped): version 1.4.0 exists",
        "  would publish version 1.4.0",
        warning,
        "✖ publish (5 ms): the Marketplace refused POST /artifacts. Fix: check the artifact",
        warning is null ? null : "  Marketplace said: bad jar",
    }.OfType<string>();
}
