using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class PrivacySecurityStepTests
{
    private static readonly ReleaseState Product = StepFixture.Resolved with { Product = new ResolvedProduct("product-7", "Timesheets") };

    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp()
    {
        fixture = new StepFixture();
        fixture.Plan = fixture.Plan with { DeveloperId = "dev-1", PrivacySecurity = new PrivacySecuritySpec("/workspace/privacy.json", Answers(), Publish: true) };
    }

    [Test]
    public async Task Skips_when_the_live_answers_are_the_files()
    {
        fixture.Api.Privacy[PrivacySecurityState.Live] = new PrivacySecurityInfo { CommonCloud = Answers() };

        var decision = await fixture.DecideAsync(new PrivacySecurityStep(), Product);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("the live privacy and security answers are those of privacy.json"));
    }

    [Test]
    public async Task Writes_the_draft_then_publishes_it()
    {
        var (decision, run) = await fixture.ActAsync(new PrivacySecurityStep(), Product);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Change));
        Assert.That(decision.Text, Is.EqualTo("write the answers of privacy.json as the privacy and security draft and publish it"));
        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "PUT privacy product-7", "POST privacy-publish product-7" }));
        Assert.That(run.Summary, Is.EqualTo("draft written and published"));
    }

    [Test]
    public async Task A_draft_that_holds_the_file_is_left_a_draft_without_publish()
    {
        fixture.Plan = fixture.Plan with { PrivacySecurity = fixture.Plan.PrivacySecurity! with { Publish = false } };
        fixture.Api.Privacy[PrivacySecurityState.Draft] = new PrivacySecurityInfo { CommonCloud = Answers() };

        var decision = await fixture.DecideAsync(new PrivacySecurityStep(), Product);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("the privacy and security draft already holds the answers of privacy.json; publish: false leaves it a draft"));
    }

    private static JsonObject Answers() => new() { ["dataAccess"] = new JsonObject { ["accessesData"] = false } };
}
