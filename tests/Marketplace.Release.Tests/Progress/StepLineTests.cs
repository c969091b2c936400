using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Tests.Progress;

/// <summary>The one wording of every progress event; the front ends print these lines and only decorate them.</summary>
[TestFixture]
internal sealed class StepLineTests
{
    private static readonly ReleaseFailure Refused = new(FailureKind.Refused, "the Marketplace refused POST /artifacts", "check the artifact", "{\"message\":\"bad jar\"}");

    [Test]
    public void A_step_outcome_is_mark_name_duration_and_detail()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StepLine.Done("upload-artifact", "uploaded x.jar", TimeSpan.FromMilliseconds(812)), Is.EqualTo("✔ upload-artifact (812 ms): uploaded x.jar"));
            Assert.That(StepLine.Done("wait-for-artifact", "processed", TimeSpan.FromMilliseconds(12345)), Is.EqualTo("✔ wait-for-artifact (12.3 s): processed"));
            Assert.That(StepLine.Skipped("create-version", "version 1.4.0 exists"), Is.EqualTo("- create-version (skipped): version 1.4.0 exists"));
            Assert.That(StepLine.Failed("upload-artifact", Refused, TimeSpan.FromMilliseconds(5)),
                Is.EqualTo("✖ upload-artifact (5 ms): the Marketplace refused POST /artifacts. Fix: check the artifact"));
            Assert.That(StepLine.Started("resolve"), Is.EqualTo("resolve…"));
        });
    }

    [Test]
    public void A_failure_carries_the_Marketplace_s_words_apart_and_a_title_with_its_exit_code()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StepLine.MarketplaceSaid(Refused), Is.EqualTo("Marketplace said: {\"message\":\"bad jar\"}"));
            Assert.That(StepLine.MarketplaceSaid(Refused with { MarketplaceText = "" }), Is.Null);
            Assert.That(StepLine.MarketplaceSaid((string?)null), Is.Null);
            Assert.That(StepLine.FailureMessage(Refused), Is.EqualTo("the Marketplace refused POST /artifacts. Fix: check the artifact\nMarketplace said: {\"message\":\"bad jar\"}"));
            Assert.That(StepLine.FailureMessage(Refused with { MarketplaceText = null }), Is.EqualTo(Refused.Line));
            Assert.That(StepLine.FailedTitle("publish", Refused), Is.EqualTo("publish failed (exit 4)"));
            Assert.That(StepLine.CommandFailed("report", Refused), Is.EqualTo("✖ report failed (exit 4): the Marketplace refused POST /artifacts. Fix: check the artifact"));
        });
    }

    [Test]
    public void Lines_under_a_step_are_indented_and_targets_head_their_steps()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StepLine.Progress("12 / 40 MB"), Is.EqualTo("  … 12 / 40 MB"));
            Assert.That(StepLine.Info("would publish"), Is.EqualTo("  would publish"));
            Assert.That(StepLine.Warning("slow"), Is.EqualTo("  warning: slow"));
            Assert.That(StepLine.Would("create version 1.4.0"), Is.EqualTo("would create version 1.4.0"));
            Assert.That(StepLine.Target("cloud", 1, 2, "version 1.4.0"), Is.EqualTo("▶ target cloud (1/2): version 1.4.0"));
            Assert.That(StepLine.Heading("publish", "cloud"), Is.EqualTo("cloud · publish"));
            Assert.That(StepLine.Heading("publish", null), Is.EqualTo("publish"));
        });
    }

    [TestCase(StepEnding.Done, "✔ done")]
    [TestCase(StepEnding.Skipped, "- skipped")]
    [TestCase(StepEnding.Failed, "✖ failed")]
    public void A_table_of_steps_marks_an_ending_as_the_lines_do(StepEnding ending, string expected)
    {
        Assert.That(StepLine.Ending(ending), Is.EqualTo(expected));
        Assert.That(expected, Does.StartWith(StepLine.Mark(ending)));
    }
}
