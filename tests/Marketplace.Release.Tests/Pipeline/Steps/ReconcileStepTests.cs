using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

/// <summary>reconcile is a read (it never skips): it finds the live version and listing, or a conflict.</summary>
[TestFixture]
internal sealed class ReconcileStepTests
{
    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp() => fixture = new StepFixture();

    [Test]
    public async Task A_new_version_is_found_missing_without_writes()
    {
        var (decision, run) = await fixture.ActAsync(new ReconcileStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Read));
        Assert.That(run.State.LiveVersion, Is.Null);
        Assert.That(run.Summary, Is.EqualTo("version 1.4.0 (build 140) does not exist yet"));
        Assert.That(fixture.Api.Writes, Is.Empty);
    }

    [Test]
    public async Task A_matching_live_version_and_its_listing_are_learned()
    {
        await fixture.SeedVersionAsync(StepFixture.Resolved);
        fixture.SeedListing(StepFixture.Resolved, "PUBLIC");

        var (_, run) = await fixture.ActAsync(new ReconcileStep(), StepFixture.Resolved);

        Assert.That(run.State.LiveVersion?.BuildNumber, Is.EqualTo(StepFixture.Build));
        Assert.That(run.State.Listing?.StateWord, Is.EqualTo("PUBLIC"));
        Assert.That(run.Summary, Does.StartWith("version exists and matches"));
    }

    [Test]
    public async Task A_live_version_with_other_content_is_a_conflict()
    {
        var live = await fixture.SeedVersionAsync(StepFixture.Resolved);
        fixture.Api.Versions[StepFixture.Build] = live with { SupportedPaymentModel = PaymentModel.PaidViaAtlassian };

        var error = Assert.ThrowsAsync<ReleaseFailedException>(() => fixture.ActAsync(new ReconcileStep(), StepFixture.Resolved));

        Assert.That(error!.Failure.Kind, Is.EqualTo(FailureKind.Conflict));
        Assert.That(error.Message, Does.Contain("already exists with different content"));
    }
}
