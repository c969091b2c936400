using System.Text.Json.Nodes;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Pipeline.Steps;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class CreateListingStepTests
{
    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp() => fixture = new StepFixture();

    [Test]
    public async Task Skips_when_the_version_already_has_a_listing()
    {
        var state = StepFixture.Resolved with { Listing = LiveListing.From(new JsonObject { ["state"] = "PRIVATE" }) };

        var decision = await fixture.DecideAsync(new CreateListingStep(), state);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("the version already has a PRIVATE listing"));
        Assert.That(fixture.Api.Calls, Is.Empty);
    }

    [Test]
    public async Task Without_a_listing_a_staged_release_creates_it_private_once()
    {
        fixture.Plan = fixture.Plan with { Listing = fixture.Plan.Listing with { Public = false } };

        var (decision, run) = await fixture.ActAsync(new CreateListingStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Change));
        Assert.That(decision.Text, Is.EqualTo("create the version listing (PRIVATE)"));
        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "POST listing 140" }));
        Assert.That(fixture.Api.Listings[StepFixture.Build]["state"]?.GetValue<string>(), Is.EqualTo("PRIVATE"));
        Assert.That(run.State.Listing?.StateWord, Is.EqualTo("PRIVATE"));
        Assert.That(run.Summary, Is.EqualTo("created the listing as PRIVATE"));
    }

    [Test]
    public async Task Without_a_listing_a_publishing_release_creates_it_public_in_the_one_post()
    {
        var (decision, _) = await fixture.ActAsync(new CreateListingStep(), StepFixture.Resolved);

        Assert.That(decision.Text, Is.EqualTo("create the version listing (PUBLIC)"));
        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "POST listing 140" }));
        Assert.That(fixture.Api.Listings[StepFixture.Build]["state"]?.GetValue<string>(), Is.EqualTo("PUBLIC"));
    }

    [Test]
    public async Task A_lost_answer_whose_listing_exists_is_not_sent_again()
    {
        // The create reached the Marketplace but its answer was lost: the guard reads the listing and stops there.
        fixture.Api.Fail("POST listing", FakeMarketplaceApi.LostAnswer("POST listing"));
        fixture.Api.Listings[StepFixture.Build] = new JsonObject { ["state"] = "PRIVATE" };

        var (_, run) = await fixture.ActAsync(new CreateListingStep(), StepFixture.Resolved);

        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "POST listing 140" }));
        Assert.That(run.Summary, Does.Contain("not created twice"));
    }
}
