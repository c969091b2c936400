using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.State;

/// <summary>A stored version listing: the content fields as sent, plus state, approval and revision.</summary>
internal sealed class ListingEntry(JsonObject body, string state, string approvalStatus)
{
    /// <summary>Content fields only (screenshots, highlights, moreDetails, …); state and approval live beside it.</summary>
    public JsonObject Body { get; set; } = body;

    public string State { get; set; } = state;
    public string ApprovalStatus { get; set; } = approvalStatus;
    public int Revision { get; set; } = 1;
    public DateTimeOffset? SubmittedDate { get; set; }
    public DateTimeOffset? ApprovalDate { get; set; }

    /// <summary>The review's issue (approvalDetails.issueKey on the listing, jiraIssueKey on the version).</summary>
    public string? IssueKey { get; set; }

    public string? RejectionReason { get; set; }

    /// <summary>The policy of a review still under way; null once decided or when none is due.</summary>
    public SeedApproval? Review { get; set; }
}
