using Marketplace.Release.Domain;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// How a release ended, from typed outcomes only: whether it failed, whether it was a dry run, what its changes did
/// (<see cref="ChangeKind"/>) and the state it leaves the version listing in. Never from the steps' names.
/// </summary>
internal static class ReleaseStatusRule
{
    /// <param name="failed">A failure stopped the release.</param>
    /// <param name="dryRun">Nothing was sent: the changes were only planned.</param>
    /// <param name="changeLines">The result's <c>Changes</c> lines: none means the Marketplace already held it all.</param>
    /// <param name="changes">What each change the run made did, in order.</param>
    /// <param name="listingAtEnd">The state the run leaves the version listing in (<see cref="Listing.ListingCreation"/>).</param>
    public static ReleaseStatus Status(bool failed, bool dryRun, int changeLines, IReadOnlyList<ChangeKind> changes, ListingState listingAtEnd) =>
        failed ? ReleaseStatus.Failed
        : dryRun ? ReleaseStatus.Planned
        : changeLines == 0 ? ReleaseStatus.Unchanged
        : changes.Count > 0 && changes.All(change => change == ChangeKind.InPlaceUpdate) ? ReleaseStatus.Updated
        : listingAtEnd == ListingState.Public ? ReleaseStatus.Published
        : ReleaseStatus.Staged;
}
