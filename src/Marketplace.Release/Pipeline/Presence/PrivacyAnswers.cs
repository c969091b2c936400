using System.Text.Json.Nodes;

namespace Marketplace.Release.Pipeline.Presence;

/// <summary>
/// Privacy and security answers compared as the API holds them: the <c>commonCloud</c> object, equal when every value
/// is (<see cref="JsonNode.DeepEquals"/>). The differences are listed per answer, by its path under
/// <c>privacySecurity.commonCloud</c>; a list is one answer.
/// </summary>
internal static class PrivacyAnswers
{
    private const string Root = "privacySecurity.commonCloud";

    public static bool Same(JsonObject? live, JsonObject desired) => JsonNode.DeepEquals(live, desired);

    public static IReadOnlyList<FieldDifference> Differences(JsonObject? live, JsonObject desired)
    {
        var differences = new List<FieldDifference>();
        Walk(Root, live, desired, differences);
        return differences;
    }

    private static void Walk(string path, JsonNode? live, JsonNode? desired, List<FieldDifference> differences)
    {
        if (live is JsonObject before && desired is JsonObject after)
        {
            foreach (var name in after.Select(entry => entry.Key).Concat(before.Select(entry => entry.Key)).Distinct(StringComparer.Ordinal))
            {
                Walk($"{path}.{name}", before[name], after[name], differences);
            }
        }
        else if (live is null && desired is JsonObject added)
        {
            foreach (var (name, value) in added)
            {
                Walk($"{path}.{name}", null, value, differences);
            }
        }
        else if (!JsonNode.DeepEquals(live, desired))
        {
            differences.Add(new FieldDifference(path, PresenceValue.Format(live), PresenceValue.Format(desired)));
        }
    }
}
