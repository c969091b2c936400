using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.Steps;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class CreateVersionStepTests
{
    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp() => fixture = new StepFixture();

    [Test]
    public async Task Skips_when_reconcile_found_the_version()
    {
        var live = await fixture.SeedVersionAsync(StepFixture.Resolved);

        var decision = await fixture.DecideAsync(new CreateVersionStep(), StepFixture.Resolved with { LiveVersion = live });

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("version 1.4.0 (build 140) exists and matches the manifest"));
        Assert.That(fixture.Api.Calls, Is.Empty);
    }

    [Test]
    public async Task Creates_the_version_once_and_reads_it_back()
    {
        var (decision, run) = await fixture.ActAsync(new CreateVersionStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Change));
        Assert.That(decision.Text, Does.StartWith("create version 1.4.0"));
        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "POST version 1.4.0" }));
        Assert.That(run.State.LiveVersion?.BuildNumber, Is.EqualTo(StepFixture.Build));
        Assert.That(run.Summary, Is.EqualTo("created version 1.4.0 (build 140)"));
    }

    [Test]
    public async Task A_lost_answer_whose_version_exists_is_not_sent_again()
    {
        // The create reached the Marketplace but its answer was lost: the version is there when the guard looks.
        await fixture.SeedVersionAsync(StepFixture.Resolved);
        fixture.Api.Fail("POST version", FakeMarketplaceApi.LostAnswer("POST version"));

        var (_, run) = await fixture.ActAsync(new CreateVersionStep(), StepFixture.Resolved);

        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "POST version 1.4.0" }));
        Assert.That(run.Summary, Does.StartWith("found (a lost response or another run made it; not created twice) version 1.4.0"));
    }
}
