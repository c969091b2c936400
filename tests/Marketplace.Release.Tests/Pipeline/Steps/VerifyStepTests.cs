using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

/// <summary>verify never skips: it is a check that reads the version and listing back (its "skip" is a passing check).</summary>
[TestFixture]
internal sealed class VerifyStepTests
{
    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp() => fixture = new StepFixture();

    [Test]
    public async Task A_version_and_listing_as_the_manifest_says_pass_with_reads_only()
    {
        await fixture.SeedVersionAsync(StepFixture.Resolved);
        fixture.SeedListing(StepFixture.Resolved, "PUBLIC");

        var (decision, run) = await fixture.ActAsync(new VerifyStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Check));
        Assert.That(fixture.Api.Calls, Is.EqualTo(new[] { "GET version 140", "GET listing 140" }));
        Assert.That(run.Summary, Is.EqualTo("version 1.4.0 is PUBLIC; approval status unknown"));
        Assert.That(run.State.LiveVersion?.VersionNumber, Is.EqualTo("1.4.0"));
    }

    [Test]
    public async Task A_listing_left_private_fails_the_check_naming_both_states()
    {
        await fixture.SeedVersionAsync(StepFixture.Resolved);
        fixture.SeedListing(StepFixture.Resolved, "PRIVATE");

        var error = Assert.ThrowsAsync<ReleaseFailedException>(() => fixture.ActAsync(new VerifyStep(), StepFixture.Resolved));

        Assert.That(error!.Message, Does.Contain("listing state (live PRIVATE, expected PUBLIC)"));
    }

    [Test]
    public void A_missing_version_and_listing_are_both_named()
    {
        var error = Assert.ThrowsAsync<ReleaseFailedException>(() => fixture.ActAsync(new VerifyStep(), StepFixture.Resolved));

        Assert.That(error!.Message, Does.Contain("the version is missing; the listing is missing"));
        Assert.That(fixture.Api.Writes, Is.Empty);
    }
}
