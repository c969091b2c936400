namespace Marketplace.Release.Domain;

/// <summary>The API words of <see cref="VersionState"/>: the one mapping.</summary>
internal static class VersionStates
{
    public static ApiWords<VersionState> Words { get; } = new(
        VersionState.Unknown,
        (VersionState.Draft, "draft"),
        (VersionState.Submitted, "submitted"),
        (VersionState.Approved, "approved"),
        (VersionState.AutoApproved, "auto-approved"),
        (VersionState.Active, "active"),
        (VersionState.Rejected, "rejected"),
        (VersionState.Archived, "archived"));

    /// <inheritdoc cref="ApiWords{T}.Parse"/>
    public static VersionState? Parse(string? word) => Words.Parse(word);

    /// <summary>The state as the API writes it, e.g. <c>active</c>.</summary>
    public static string ApiWord(this VersionState state) => Words.Word(state);

    /// <summary>The version is out: active, or approved by a review or without one.</summary>
    public static bool IsReleased(this VersionState state) => state is VersionState.Active or VersionState.Approved or VersionState.AutoApproved;
}
