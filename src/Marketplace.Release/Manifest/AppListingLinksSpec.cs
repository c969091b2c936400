namespace Marketplace.Release.Manifest;

/// <summary><c>appListing.links</c>: the app listing's <c>developerLinks</c>, each an http(s) URL or null (not managed).</summary>
public sealed record AppListingLinksSpec(
    string? IssueTracker,
    string? SupportTicketSystem,
    string? AppStatusPage,
    string? Forums,
    string? Privacy);
