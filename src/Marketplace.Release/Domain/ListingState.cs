namespace Marketplace.Release.Domain;

/// <summary>
/// A listing's <c>state</c>. A version listing is <c>PRIVATE</c> or <c>PUBLIC</c>; an app's product listing may also
/// be <c>READY_TO_LAUNCH</c>, <c>ARCHIVED</c> or <c>DELETED</c> (docs/contract/marketplace-v3.openapi.json). The API
/// words are in <see cref="StatusWords.ListingStates"/>.
/// </summary>
internal enum ListingState
{
    /// <summary>A word the contract does not list (one the API may add).</summary>
    Unknown,

    /// <summary><c>PRIVATE</c>: only the vendor sees it; a release with <c>listing.state: private</c> is staged.</summary>
    Private,

    /// <summary><c>PUBLIC</c>: published; Atlassian's review follows.</summary>
    Public,

    /// <summary><c>READY_TO_LAUNCH</c> (product listings only).</summary>
    ReadyToLaunch,

    /// <summary><c>ARCHIVED</c> (product listings only).</summary>
    Archived,

    /// <summary><c>DELETED</c> (product listings only).</summary>
    Deleted,
}
