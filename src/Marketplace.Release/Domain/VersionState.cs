namespace Marketplace.Release.Domain;

/// <summary>
/// A version's <c>state</c>: an app version's (<c>draft</c>, <c>submitted</c>, <c>approved</c>, <c>auto-approved</c>,
/// <c>active</c>, <c>rejected</c>, <c>archived</c>) or a product version's of the parent software API (<c>draft</c>,
/// <c>active</c>, <c>archived</c>), as docs/contract/marketplace-v3.openapi.json lists them. The API words are in
/// <see cref="StatusWords.VersionStates"/>.
/// </summary>
internal enum VersionState
{
    /// <summary>A word the contract does not list (one the API may add).</summary>
    Unknown,

    /// <summary><c>draft</c>.</summary>
    Draft,

    /// <summary><c>submitted</c>: waiting for Atlassian's review.</summary>
    Submitted,

    /// <summary><c>approved</c>: released after a review.</summary>
    Approved,

    /// <summary><c>auto-approved</c>: released without a review.</summary>
    AutoApproved,

    /// <summary><c>active</c>: released.</summary>
    Active,

    /// <summary><c>rejected</c>: the review refused it.</summary>
    Rejected,

    /// <summary><c>archived</c>.</summary>
    Archived,
}
