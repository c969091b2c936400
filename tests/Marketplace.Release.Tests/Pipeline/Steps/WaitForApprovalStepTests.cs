using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class WaitForApprovalStepTests
{
    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp() => fixture = new StepFixture();

    [Test]
    public void Has_no_place_without_a_wait()
    {
        Assert.That(new WaitForApprovalStep(null).AppliesTo(fixture.Plan), Is.False);
        Assert.That(new WaitForApprovalStep(TimeSpan.FromHours(1)).AppliesTo(fixture.Plan), Is.True);
    }

    [Test]
    public async Task Skips_a_private_listing_which_is_not_reviewed()
    {
        fixture.Plan = fixture.Plan with { Listing = fixture.Plan.Listing with { Public = false } };

        var decision = await fixture.DecideAsync(new WaitForApprovalStep(TimeSpan.FromHours(1)), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("listing.state is private: the Marketplace reviews a version once it is public"));
        Assert.That(fixture.Api.Calls, Is.Empty);
    }

    [Test]
    public async Task An_approved_listing_ends_the_check_at_the_first_look()
    {
        await fixture.SeedVersionAsync(StepFixture.Resolved);
        var listing = fixture.SeedListing(StepFixture.Resolved, "PUBLIC");
        listing["approvalStatus"] = "APPROVED";
        fixture.Api.Listings[StepFixture.Build] = listing;

        var (decision, run) = await fixture.ActAsync(new WaitForApprovalStep(TimeSpan.FromHours(1)), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Check));
        Assert.That(fixture.Api.Calls, Is.EqualTo(new[] { "GET listing 140", "GET version 140" }));
        Assert.That(run.Summary, Does.StartWith("APPROVED after"));
        Assert.That(run.State.Listing?.ApprovalStatusWord, Is.EqualTo("APPROVED"));
    }

    [Test]
    public async Task A_rejection_fails_with_the_reason()
    {
        await fixture.SeedVersionAsync(StepFixture.Resolved);
        var listing = fixture.SeedListing(StepFixture.Resolved, "PUBLIC");
        listing["approvalStatus"] = "REJECTED";
        listing["approvalDetails"] = new System.Text.Json.Nodes.JsonObject { ["rejectionReason"] = "the icon is blurry" };
        fixture.Api.Listings[StepFixture.Build] = listing;

        var error = Assert.ThrowsAsync<ReleaseFailedException>(() => fixture.ActAsync(new WaitForApprovalStep(TimeSpan.FromHours(1)), StepFixture.Resolved));

        Assert.That(error!.Failure.Kind, Is.EqualTo(FailureKind.Refused));
        Assert.That(error.Failure.Line, Does.Contain("the icon is blurry"));
    }
}
