using Marketplace.Release.Domain;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Tests.Pipeline;

/// <summary>The run's status from typed outcomes: what the changes did and the state the listing ends in, one case per status.</summary>
internal sealed class ReleaseStatusRuleTests
{
    private static readonly ChangeKind[] NewRelease = [ChangeKind.Upload, ChangeKind.NewVersion, ChangeKind.VersionListing];

    [Test]
    public void A_failure_is_failed_whatever_changed() =>
        Assert.That(ReleaseStatusRule.Status(failed: true, dryRun: false, 3, NewRelease, ListingState.Public), Is.EqualTo(ReleaseStatus.Failed));

    [Test]
    public void A_dry_run_is_planned() =>
        Assert.That(ReleaseStatusRule.Status(failed: false, dryRun: true, 3, NewRelease, ListingState.Public), Is.EqualTo(ReleaseStatus.Planned));

    [Test]
    public void No_change_is_unchanged() =>
        Assert.That(ReleaseStatusRule.Status(failed: false, dryRun: false, 0, [], ListingState.Public), Is.EqualTo(ReleaseStatus.Unchanged));

    [Test]
    public void Only_in_place_updates_are_updated() =>
        Assert.That(ReleaseStatusRule.Status(failed: false, dryRun: false, 2, [ChangeKind.InPlaceUpdate], ListingState.Public), Is.EqualTo(ReleaseStatus.Updated));

    [TestCase(ChangeKind.VersionListing)]
    [TestCase(ChangeKind.Presence)]
    [TestCase(ChangeKind.GitHubRelease)]
    public void An_in_place_update_with_any_other_change_is_published(ChangeKind other) =>
        Assert.That(ReleaseStatusRule.Status(failed: false, dryRun: false, 2, [ChangeKind.InPlaceUpdate, other], ListingState.Public), Is.EqualTo(ReleaseStatus.Published));

    [Test]
    public void A_release_that_leaves_the_listing_public_is_published() =>
        Assert.That(ReleaseStatusRule.Status(failed: false, dryRun: false, 3, NewRelease, ListingState.Public), Is.EqualTo(ReleaseStatus.Published));

    [Test]
    public void A_release_that_leaves_the_listing_private_is_staged() =>
        Assert.That(ReleaseStatusRule.Status(failed: false, dryRun: false, 3, NewRelease, ListingState.Private), Is.EqualTo(ReleaseStatus.Staged));
}
