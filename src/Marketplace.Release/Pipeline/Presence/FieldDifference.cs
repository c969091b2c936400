namespace Marketplace.Release.Pipeline.Presence;

/// <summary>
/// One field of a presence section whose live value differs from the manifest's, named as the manifest names it
/// (<c>appListing.summary</c>), with both values as <see cref="PresenceValue.Format"/> writes them.
/// </summary>
/// <param name="Line">A line of its own instead of the usual <c>change …</c> one (e.g. an upload a new version asks for).</param>
internal sealed record FieldDifference(string Field, string Live, string Desired, string? Line = null)
{
    /// <summary>The line of <c>plan</c> and of the result's <c>changes</c>: <c>change appListing.summary: 'a' → 'b'</c>.</summary>
    public string Change => Line ?? $"change {Field}: {Live} → {Desired}";
}
