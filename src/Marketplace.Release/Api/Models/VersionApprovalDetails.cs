namespace Marketplace.Release.Api.Models;

/// <summary>
/// The version's own review fields in <c>GET …/versions/{buildNumber}</c> (docs/marketplace-api.md § Versions lists <c>approvalDetails</c> on
/// the version; absent until the version was first submitted). Dates stay text: they are only shown.
/// </summary>
internal sealed record VersionApprovalDetails(string? SubmittedAt, string? ApprovedAt, string? JiraIssueKey, string? RejectionReason);
