namespace Marketplace.Release.Domain;

/// <summary>The API words of <see cref="ApprovalStatus"/>: the one mapping.</summary>
internal static class ApprovalStatuses
{
    public static ApiWords<ApprovalStatus> Words { get; } = new(
        ApprovalStatus.Unknown,
        (ApprovalStatus.Uninitiated, "UNINITIATED"),
        (ApprovalStatus.Submitted, "SUBMITTED"),
        (ApprovalStatus.PendingReview, "PENDING_REVIEW"),
        (ApprovalStatus.Approved, "APPROVED"),
        (ApprovalStatus.Rejected, "REJECTED"),
        (ApprovalStatus.NotAssigned, "NOT_ASSIGNED"));

    /// <inheritdoc cref="ApiWords{T}.Parse"/>
    public static ApprovalStatus? Parse(string? word) => Words.Parse(word);

    /// <summary>The status as the API writes it, e.g. <c>SUBMITTED</c>.</summary>
    public static string ApiWord(this ApprovalStatus status) => Words.Word(status);
}
