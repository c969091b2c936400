using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketplace.Release.Pipeline.Listing;

/// <summary>
/// Compares what the manifest asks for with what the Marketplace holds: every field the manifest gives must be
/// there with the same value; fields the Marketplace adds (revision, approval status…) are ignored, and so is a
/// field the manifest leaves null (an image not uploaded yet: <see cref="DesiredListing"/> checks those itself).
/// </summary>
internal static class JsonMatch
{
    public static bool Matches(JsonNode? desired, JsonNode? live)
    {
        switch (desired)
        {
            case null:
                return true;
            case JsonObject wantedObject:
                if (live is not JsonObject liveObject)
                {
                    return wantedObject.Count == 0;
                }

                return wantedObject.All(p => Matches(p.Value, liveObject[p.Key]) || (IsEmpty(p.Value) && IsEmpty(liveObject[p.Key])));
            case JsonArray wantedArray:
                if (live is not JsonArray liveArray)
                {
                    return wantedArray.Count == 0 && live is null;
                }

                return wantedArray.Count == liveArray.Count && wantedArray.Zip(liveArray).All(pair => Matches(pair.First, pair.Second));
            case JsonValue wantedValue:
                if (wantedValue.TryGetValue<string>(out var text))
                {
                    return live is JsonValue liveValue && liveValue.GetValueKind() == JsonValueKind.String
                        && Normalize(text) == Normalize(liveValue.GetValue<string>());
                }

                return JsonNode.DeepEquals(wantedValue, live);
            default:
                return false;
        }
    }

    /// <summary>The names of the top-level fields of <paramref name="desired"/> that differ in <paramref name="live"/>.</summary>
    public static IReadOnlyList<string> Differences(JsonObject desired, JsonObject? live) =>
        [.. desired.Where(p => !Matches(p.Value, live?[p.Key]) && !(IsEmpty(p.Value) && IsEmpty(live?[p.Key]))).Select(p => p.Key)];

    private static bool IsEmpty(JsonNode? node) =>
        node is null || node is JsonArray { Count: 0 } || node is JsonObject { Count: 0 }
        || (node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0);

    /// <summary>Line endings and trailing blanks are not content (a CHANGELOG on Windows is the same text).</summary>
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
