using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Cli.Tests.Hosts;

/// <summary>The text formats GitHub reads back: the output file, workflow commands, the step summary.</summary>
[TestFixture]
internal sealed class WorkflowOutputFormatTests
{
    [Test]
    public void Every_output_is_a_block_with_a_fresh_random_delimiter()
    {
        var text = GitHubOutputFile.Format([new("version-number", "1.4.0"), new("result", "{\n  \"status\": \"published\"\n}")]);

        var lines = text.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.Match("^version-number<<ghadelimiter_[0-9a-f]{32}$"));
            Assert.That(lines[1], Is.EqualTo("1.4.0"));
            Assert.That(lines[2], Is.EqualTo(lines[0]["version-number<<".Length..]));
            Assert.That(lines[3], Does.Match("^result<<ghadelimiter_[0-9a-f]{32}$"));
            Assert.That(lines[3][8..], Is.Not.EqualTo(lines[2]), "each value gets its own delimiter");
            Assert.That(text, Does.EndWith("\n"));
            Assert.That(GitHubOutputReader.Parse(text)["result"], Is.EqualTo("{\n  \"status\": \"published\"\n}"));
        });
    }

    [Test]
    public void A_value_cannot_forge_another_output()
    {
        var text = GitHubOutputFile.Format([new("version-url", "x\nresult=forged\nEOF")]);

        var outputs = GitHubOutputReader.Parse(text);
        Assert.That(outputs.Keys, Is.EqualTo(new[] { "version-url" }));
        Assert.That(outputs["version-url"], Is.EqualTo("x\nresult=forged\nEOF"));
    }

    [Test]
    public void Workflow_commands_escape_data_and_properties()
    {
        var line = WorkflowCommands.Command("error", "100% broken\nnext line", ("file", "a,b:c.yml"), ("line", "4"), ("col", null));

        Assert.That(line, Is.EqualTo("::error file=a%2Cb%3Ac.yml,line=4::100%25 broken%0Anext line"));
    }

    [Test]
    public void A_failed_summary_shows_the_error_and_keeps_the_table_intact()
    {
        var summary = GitHubStepSummary.Build(new ReleaseResult
        {
            Status = ReleaseStatus.Failed,
            ExitCode = 4,
            AppKey = "com.example.timesheets",
            VersionNumber = "1.4.0",
            BuildNumber = 100400000,
            Hosting = "datacenter",
            Error = "the Marketplace refused POST /artifacts. Fix: check the artifact",
            MarketplaceError = "bad | jar",
            Steps = [new StepRecord("resolve", StepEnding.Done, 12, "app 123"), new StepRecord("upload-artifact", StepEnding.Failed, 40, "refused | line\nbreak")],
        });

        Assert.Multiple(() =>
        {
            Assert.That(summary, Does.StartWith("### ✖ Marketplace release failed (exit 4)"));
            Assert.That(summary, Does.Contain("> the Marketplace refused POST /artifacts. Fix: check the artifact"));
            Assert.That(summary, Does.Contain("| resolve | ✔ done | 12 | app 123 |"));
            Assert.That(summary, Does.Contain("| upload-artifact | ✖ failed | 40 | refused \\| line break |"));
            Assert.That(summary, Does.Contain("| `com.example.timesheets` | 1.4.0 | 100400000 | datacenter | – | – |"));
        });
    }

    [Test]
    public void The_outputs_are_exactly_those_action_yml_declares_and_empty_when_unknown()
    {
        var outputs = GitHubActionsHost.Outputs(new ReleaseResult { Status = ReleaseStatus.Failed, ExitCode = 2 }).ToDictionary(p => p.Key, p => p.Value);

        Assert.That(outputs.Keys, Is.EqualTo(new[]
        {
            "artifact-id", "app-software-id", "build-number", "version-number", "listing-state", "approval-status", "version-url", "changes", "result", "targets",
        }));
        Assert.That(outputs["artifact-id"], Is.Empty);
        Assert.That(outputs["changes"], Is.EqualTo("0"), "a count is never unknown: nothing changed");
        Assert.That(outputs["result"], Does.Contain("\"exitCode\": 2"));
        Assert.That(outputs["targets"], Is.EqualTo("[]"), "without targets: an empty array, so a later step can still parse it");
    }
}
