namespace Marketplace.Release.Domain;

/// <summary>
/// A listing's <c>approvalStatus</c>: where Atlassian's review of it stands (docs/marketplace-api.md § Version listing;
/// docs/contract/marketplace-v3.openapi.json). The API words are in <see cref="StatusWords.ApprovalStatuses"/>.
/// </summary>
internal enum ApprovalStatus
{
    /// <summary>A word the contract does not list (one the API may add).</summary>
    Unknown,

    /// <summary><c>UNINITIATED</c>: no review started; on a PUBLIC listing, none is needed (auto-approved).</summary>
    Uninitiated,

    /// <summary><c>SUBMITTED</c>: waiting for the review.</summary>
    Submitted,

    /// <summary><c>PENDING_REVIEW</c>: under review.</summary>
    PendingReview,

    /// <summary><c>APPROVED</c>.</summary>
    Approved,

    /// <summary><c>REJECTED</c>: the listing's <c>approvalDetails</c> carry the reason.</summary>
    Rejected,

    /// <summary><c>NOT_ASSIGNED</c> (product listings only).</summary>
    NotAssigned,
}
