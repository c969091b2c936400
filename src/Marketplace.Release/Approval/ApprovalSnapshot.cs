using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Approval;

/// <summary>
/// One look at the Marketplace's review of a released version: its listing's <c>state</c> and <c>approvalStatus</c>
/// (<c>UNINITIATED</c>, <c>SUBMITTED</c>, <c>PENDING_REVIEW</c>, <c>APPROVED</c>, <c>REJECTED</c>: docs/marketplace-api.md § Version
/// listing), the version's <c>state</c> (<c>submitted</c>, <c>approved</c>, <c>auto-approved</c>, <c>rejected</c>, …) and
/// the rejection reason from either one's <c>approvalDetails</c>.
/// </summary>
internal sealed record ApprovalSnapshot(string? ListingState, string? ApprovalStatus, string? VersionState, string? RejectionReason, string? IssueKey)
{
    public static ApprovalSnapshot From(JsonObject? listing, VersionResponse? version) => new(
        listing?["state"]?.ToString(),
        listing?["approvalStatus"]?.ToString(),
        version?.State,
        Text(listing?["approvalDetails"]?["rejectionReason"]) ?? version?.ApprovalDetails?.RejectionReason,
        Text(listing?["approvalDetails"]?["issueKey"]) ?? version?.ApprovalDetails?.JiraIssueKey);

    /// <summary>
    /// What the review decided so far. <c>UNINITIATED</c> on a PUBLIC listing means no review is needed (auto-approved,
    /// docs/marketplace-api.md § Waiting for approval); the version's own state counts too, for a listing read a moment before the version moved.
    /// </summary>
    public ApprovalVerdict Verdict => (Upper(ApprovalStatus), VersionState?.ToLowerInvariant()) switch
    {
        ("REJECTED", _) or (_, "rejected") => ApprovalVerdict.Rejected,
        ("APPROVED", _) or (_, "approved") => ApprovalVerdict.Approved,
        ("UNINITIATED", _) when Upper(ListingState) == "PUBLIC" => ApprovalVerdict.AutoApproved,
        (_, "auto-approved") => ApprovalVerdict.AutoApproved,
        _ => ApprovalVerdict.Pending,
    };

    /// <summary>The status as shown to the user, e.g. <c>SUBMITTED</c>.</summary>
    public string Shown => ApprovalStatus ?? VersionState ?? "unknown";

    private static string? Upper(string? text) => text?.ToUpperInvariant();

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
