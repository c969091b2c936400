namespace Marketplace.Release.Domain;

/// <summary>
/// The one mapping of each state and status the Marketplace API answers with to its words (<see cref="WordTable{T}"/>,
/// as for the manifest's domain values): read once where an API body is read, in any letter case as before; written
/// through <c>Word()</c> where a body is sent or a word is shown. The words are those of
/// docs/contract/marketplace-v3.openapi.json, and for the artifact's processing status those of docs/marketplace-api.md
/// § Artifacts. A word the tables do not know reads as the type's <c>Unknown</c> (a state the API may add is carried,
/// not mistaken for a missing one); no word reads as null.
/// </summary>
internal static class StatusWords
{
    public static WordTable<ListingState> ListingStates { get; } = new(
        (Domain.ListingState.Private, "PRIVATE"),
        (Domain.ListingState.Public, "PUBLIC"),
        (Domain.ListingState.ReadyToLaunch, "READY_TO_LAUNCH"),
        (Domain.ListingState.Archived, "ARCHIVED"),
        (Domain.ListingState.Deleted, "DELETED"));

    public static WordTable<ApprovalStatus> ApprovalStatuses { get; } = new(
        (Domain.ApprovalStatus.Uninitiated, "UNINITIATED"),
        (Domain.ApprovalStatus.Submitted, "SUBMITTED"),
        (Domain.ApprovalStatus.PendingReview, "PENDING_REVIEW"),
        (Domain.ApprovalStatus.Approved, "APPROVED"),
        (Domain.ApprovalStatus.Rejected, "REJECTED"),
        (Domain.ApprovalStatus.NotAssigned, "NOT_ASSIGNED"));

    public static WordTable<ArtifactStatus> ArtifactStatuses { get; } = new(
        (Domain.ArtifactStatus.Uploaded, "UPLOADED"),
        (Domain.ArtifactStatus.Pending, "PENDING"),
        (Domain.ArtifactStatus.Processing, "PROCESSING"),
        (Domain.ArtifactStatus.Processed, "PROCESSED"),
        (Domain.ArtifactStatus.Failed, "FAILED"),
        (Domain.ArtifactStatus.Rejected, "REJECTED"));

    public static WordTable<VersionState> VersionStates { get; } = new(
        (Domain.VersionState.Draft, "draft"),
        (Domain.VersionState.Submitted, "submitted"),
        (Domain.VersionState.Approved, "approved"),
        (Domain.VersionState.AutoApproved, "auto-approved"),
        (Domain.VersionState.Active, "active"),
        (Domain.VersionState.Rejected, "rejected"),
        (Domain.VersionState.Archived, "archived"));

    public static ListingState? ListingState(string? word) => Read(ListingStates, word, Domain.ListingState.Unknown);

    public static ApprovalStatus? ApprovalStatus(string? word) => Read(ApprovalStatuses, word, Domain.ApprovalStatus.Unknown);

    public static ArtifactStatus? ArtifactStatus(string? word) => Read(ArtifactStatuses, word, Domain.ArtifactStatus.Unknown);

    public static VersionState? VersionState(string? word) => Read(VersionStates, word, Domain.VersionState.Unknown);

    /// <summary>The state as the API writes it, e.g. <c>PUBLIC</c>.</summary>
    public static string Word(this ListingState state) => ListingStates.Word(state);

    /// <summary>The status as the API writes it, e.g. <c>SUBMITTED</c>.</summary>
    public static string Word(this ApprovalStatus status) => ApprovalStatuses.Word(status);

    /// <summary>The status as the API writes it, e.g. <c>PROCESSED</c>.</summary>
    public static string Word(this ArtifactStatus status) => ArtifactStatuses.Word(status);

    /// <summary>The state as the API writes it, e.g. <c>active</c>.</summary>
    public static string Word(this VersionState state) => VersionStates.Word(state);

    private static T? Read<T>(WordTable<T> table, string? word, T unknown)
        where T : struct, Enum => word is null ? null : table.FromApiWord(word) ?? unknown;
}
