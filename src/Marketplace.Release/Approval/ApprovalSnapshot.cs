using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Approval;

/// <summary>
/// One look at the Marketplace's review of a released version: its listing's <c>state</c> and <c>approvalStatus</c>
/// (<c>UNINITIATED</c>, <c>SUBMITTED</c>, <c>PENDING_REVIEW</c>, <c>APPROVED</c>, <c>REJECTED</c>: docs/marketplace-api.md § Version
/// listing), the version's <c>state</c> (<c>submitted</c>, <c>approved</c>, <c>auto-approved</c>, <c>rejected</c>, …) and
/// the rejection reason from either one's <c>approvalDetails</c>. The words are parsed once, in <see cref="From"/>.
/// </summary>
/// <param name="Shown">The status as shown to the user, e.g. <c>SUBMITTED</c>: the listing's word, else the version's.</param>
internal sealed record ApprovalSnapshot(
    ListingState? ListingState,
    ApprovalStatus? ApprovalStatus,
    VersionState? VersionState,
    string Shown,
    string? RejectionReason,
    string? IssueKey)
{
    public static ApprovalSnapshot From(JsonObject? listing, VersionResponse? version)
    {
        var approvalStatus = listing?["approvalStatus"]?.ToString();
        return new(
            StatusWords.ListingState(listing?["state"]?.ToString()),
            StatusWords.ApprovalStatus(approvalStatus),
            version?.State,
            approvalStatus ?? version?.StateWord ?? "unknown",
            Text(listing?["approvalDetails"]?["rejectionReason"]) ?? version?.ApprovalDetails?.RejectionReason,
            Text(listing?["approvalDetails"]?["issueKey"]) ?? version?.ApprovalDetails?.JiraIssueKey);
    }

    /// <summary>
    /// What the review decided so far. <c>UNINITIATED</c> on a PUBLIC listing means no review is needed (auto-approved,
    /// docs/marketplace-api.md § Waiting for approval); the version's own state counts too, for a listing read a moment before the version moved.
    /// </summary>
    public ApprovalVerdict Verdict => (ApprovalStatus, VersionState) switch
    {
        (Domain.ApprovalStatus.Rejected, _) or (_, Domain.VersionState.Rejected) => ApprovalVerdict.Rejected,
        (Domain.ApprovalStatus.Approved, _) or (_, Domain.VersionState.Approved) => ApprovalVerdict.Approved,
        (Domain.ApprovalStatus.Uninitiated, _) when ListingState == Domain.ListingState.Public => ApprovalVerdict.AutoApproved,
        (_, Domain.VersionState.AutoApproved) => ApprovalVerdict.AutoApproved,
        _ => ApprovalVerdict.Pending,
    };

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
