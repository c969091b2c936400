namespace Marketplace.Release.Pipeline.Presence;

/// <summary>
/// One field of a presence section whose live value differs from the manifest's, named as the manifest names it
/// (<c>appListing.summary</c>), with both values as <see cref="PresenceValue.Format"/> writes them.
/// </summary>
internal sealed record FieldDifference(string Field, string Live, string Desired)
{
    /// <summary>The line of <c>plan</c> and of the result's <c>changes</c>: <c>change appListing.summary: 'a' → 'b'</c>.</summary>
    public string Change => $"change {Field}: {Live} → {Desired}";
}
