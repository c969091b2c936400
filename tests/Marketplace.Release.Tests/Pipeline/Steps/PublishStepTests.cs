using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class PublishStepTests
{
    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp() => fixture = new StepFixture();

    [Test]
    public async Task Skips_a_listing_already_public_as_the_manifest_says()
    {
        var state = StepFixture.Resolved with { Listing = LiveListing.From(fixture.SeedListing(StepFixture.Resolved, "PUBLIC")) };

        var decision = await fixture.DecideAsync(new PublishStep(), state);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("the listing is already PUBLIC"));
    }

    [Test]
    public async Task A_private_listing_is_put_back_public()
    {
        var state = StepFixture.Resolved with { Listing = LiveListing.From(fixture.SeedListing(StepFixture.Resolved, "PRIVATE")) };

        var (decision, run) = await fixture.ActAsync(new PublishStep(), state);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Change));
        Assert.That(decision.Text, Is.EqualTo("publish the listing (state PUBLIC)"));
        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "PUT listing 140" }));
        Assert.That(fixture.Api.Listings[StepFixture.Build]["state"]?.GetValue<string>(), Is.EqualTo("PUBLIC"));
        Assert.That(run.Summary, Is.EqualTo("listing is PUBLIC"));
    }

    [Test]
    public void A_public_listing_is_never_unpublished()
    {
        fixture.Plan = fixture.Plan with { Listing = fixture.Plan.Listing with { Public = false } };
        var state = StepFixture.Resolved with { Listing = LiveListing.From(fixture.SeedListing(StepFixture.Resolved, "PUBLIC")) };

        var error = Assert.ThrowsAsync<ReleaseFailedException>(() => fixture.DecideAsync(new PublishStep(), state));

        Assert.That(error!.Failure.Kind, Is.EqualTo(FailureKind.Conflict));
        Assert.That(fixture.Api.Writes, Is.Empty);
    }
}
