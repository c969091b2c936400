using System.Text.Json.Nodes;
using Marketplace.Release.Manifest.Privacy;

namespace Marketplace.Release.Pipeline.Presence;

/// <summary>
/// Privacy and security answers compared as the API holds them: the <c>commonCloud</c> object, equal when every answer
/// is (<see cref="JsonNode.DeepEquals"/>). The GET's read-only <c>properties</c> (who saved the form and when, its
/// review status) are no answer and never compared, and an answer the live form holds as null is the same as one the
/// file leaves out. The differences are listed per answer, by its path under <c>privacySecurity.commonCloud</c>; a list
/// is one answer.
/// </summary>
internal static class PrivacyAnswers
{
    private const string Root = "privacySecurity.commonCloud";

    public static bool Same(JsonObject? live, JsonObject desired) => JsonNode.DeepEquals(Answers(live), Answers(desired));

    public static IReadOnlyList<FieldDifference> Differences(JsonObject? live, JsonObject desired)
    {
        var differences = new List<FieldDifference>();
        Walk(Root, Answers(live), Answers(desired), differences);
        return differences;
    }

    /// <summary>The answers alone: a copy without the read-only <c>properties</c> and without null answers; null for none.</summary>
    public static JsonObject? Answers(JsonObject? commonCloud)
    {
        if (commonCloud is null)
        {
            return null;
        }

        var answers = (JsonObject)WithoutNulls(commonCloud)!;
        answers.Remove(PrivacyVocabulary.ReadOnlyProperties);
        return answers;
    }

    private static JsonNode? WithoutNulls(JsonNode? node) => node switch
    {
        JsonObject section => new JsonObject(section.Where(entry => entry.Value is not null).Select(entry => KeyValuePair.Create(entry.Key, WithoutNulls(entry.Value)))),
        _ => node?.DeepClone(),
    };

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
