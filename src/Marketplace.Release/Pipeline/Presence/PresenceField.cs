namespace Marketplace.Release.Pipeline.Presence;

/// <summary>One field a presence section manages: its manifest name and how to read it from the API's model.</summary>
internal sealed record PresenceField<TLive>(string Name, Func<TLive, object?> Read)
{
    /// <summary>The difference between two versions of the model in this field; null when they agree.</summary>
    public FieldDifference? Between(TLive live, TLive desired)
    {
        var (before, after) = (Read(live), Read(desired));
        return PresenceValue.Same(before, after) ? null : new FieldDifference(Name, PresenceValue.Format(before), PresenceValue.Format(after));
    }
}
