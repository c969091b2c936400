namespace Marketplace.Release.Domain;

/// <summary>The API words of <see cref="ListingState"/>: the one mapping.</summary>
internal static class ListingStates
{
    public static ApiWords<ListingState> Words { get; } = new(
        ListingState.Unknown,
        (ListingState.Private, "PRIVATE"),
        (ListingState.Public, "PUBLIC"),
        (ListingState.ReadyToLaunch, "READY_TO_LAUNCH"),
        (ListingState.Archived, "ARCHIVED"),
        (ListingState.Deleted, "DELETED"));

    /// <inheritdoc cref="ApiWords{T}.Parse"/>
    public static ListingState? Parse(string? word) => Words.Parse(word);

    /// <summary>The state as the API writes it, e.g. <c>PUBLIC</c>.</summary>
    public static string ApiWord(this ListingState state) => Words.Word(state);
}
