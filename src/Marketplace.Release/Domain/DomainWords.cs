namespace Marketplace.Release.Domain;

/// <summary>
/// The one mapping of each domain enum to the Marketplace API's words (<see cref="ApiWords{T}"/>): parsed where an
/// API body is read, written where a body is sent or a word is shown. The words are those of
/// docs/contract/marketplace-v3.openapi.json, and for the artifact's processing status those of
/// docs/marketplace-api.md § Artifacts.
/// </summary>
internal static class DomainWords
{
    public static ApiWords<ListingState> ListingStates { get; } = new(
        ListingState.Unknown,
        (ListingState.Private, "PRIVATE"),
        (ListingState.Public, "PUBLIC"),
        (ListingState.ReadyToLaunch, "READY_TO_LAUNCH"),
        (ListingState.Archived, "ARCHIVED"),
        (ListingState.Deleted, "DELETED"));

    public static ApiWords<ApprovalStatus> ApprovalStatuses { get; } = new(
        ApprovalStatus.Unknown,
        (ApprovalStatus.Uninitiated, "UNINITIATED"),
        (ApprovalStatus.Submitted, "SUBMITTED"),
        (ApprovalStatus.PendingReview, "PENDING_REVIEW"),
        (ApprovalStatus.Approved, "APPROVED"),
        (ApprovalStatus.Rejected, "REJECTED"),
        (ApprovalStatus.NotAssigned, "NOT_ASSIGNED"));

    public static ApiWords<ArtifactStatus> ArtifactStatuses { get; } = new(
        ArtifactStatus.Unknown,
        (ArtifactStatus.Uploaded, "UPLOADED"),
        (ArtifactStatus.Pending, "PENDING"),
        (ArtifactStatus.Processing, "PROCESSING"),
        (ArtifactStatus.Processed, "PROCESSED"),
        (ArtifactStatus.Failed, "FAILED"),
        (ArtifactStatus.Rejected, "REJECTED"));

    public static ApiWords<VersionState> VersionStates { get; } = new(
        VersionState.Unknown,
        (VersionState.Draft, "draft"),
        (VersionState.Submitted, "submitted"),
        (VersionState.Approved, "approved"),
        (VersionState.AutoApproved, "auto-approved"),
        (VersionState.Active, "active"),
        (VersionState.Rejected, "rejected"),
        (VersionState.Archived, "archived"));

    /// <summary>The state as the API writes it, e.g. <c>PUBLIC</c>.</summary>
    public static string ApiWord(this ListingState state) => ListingStates.Word(state);

    /// <summary>The status as the API writes it, e.g. <c>SUBMITTED</c>.</summary>
    public static string ApiWord(this ApprovalStatus status) => ApprovalStatuses.Word(status);

    /// <summary>The status as the API writes it, e.g. <c>PROCESSED</c>.</summary>
    public static string ApiWord(this ArtifactStatus status) => ArtifactStatuses.Word(status);

    /// <summary>The state as the API writes it, e.g. <c>active</c>.</summary>
    public static string ApiWord(this VersionState state) => VersionStates.Word(state);
}
