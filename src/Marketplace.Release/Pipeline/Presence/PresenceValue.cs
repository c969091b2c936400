using System.Globalization;
using System.Text.Json.Nodes;

namespace Marketplace.Release.Pipeline.Presence;

/// <summary>How presence values are compared and shown: texts, true/false, lists of texts and JSON values.</summary>
internal static class PresenceValue
{
    public const string None = "(none)";

    /// <summary>
    /// Equal values. Lists are compared as sets: the order of tags is not something the Marketplace promises to keep,
    /// and a re-run must not see a difference (and send a PUT) because the order came back another way.
    /// </summary>
    public static bool Same(object? live, object? desired) => (live, desired) switch
    {
        // An empty list and no list are the same: "none".
        (null, IReadOnlyList<string> { Count: 0 }) or (IReadOnlyList<string> { Count: 0 }, null) => true,
        (IReadOnlyList<string> a, IReadOnlyList<string> b) => a.ToHashSet(StringComparer.Ordinal).SetEquals(b),
        (JsonNode a, JsonNode b) => JsonNode.DeepEquals(a, b),
        _ => Equals(live, desired),
    };

    public static string Format(object? value) => value switch
    {
        null => None,
        string text => $"'{text}'",
        bool flag => flag ? "true" : "false",
        IReadOnlyList<string> list => $"[{string.Join(", ", list)}]",
        JsonNode node => node.ToJsonString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? None,
    };
}
