using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.State;

/// <summary>
/// App listing tags: the GET shows each tag as an <c>{id, name}</c> object, the PUT takes plain strings (the ids), as
/// the reference's PUT example (<c>"tags": {"category": ["productivity"], "keywords": ["efficiency"]}</c>) shows.
/// [ours] A tag's name is a display form of its id ("time-tracking" → "Time tracking") unless the seed names it, so a
/// client that sends names instead of ids changes the tags and is caught.
/// </summary>
internal static class AppListingTags
{
    /// <summary>The tag groups the PUT example carries; others are refused.</summary>
    public static readonly string[] Groups = ["category", "keywords"];

    /// <summary>One tag as the GET shows it, keeping the name the product already has for that id.</summary>
    public static JsonObject Tag(string id, JsonObject? existingTags, string group)
    {
        var known = (existingTags?[group] as JsonArray)?.FirstOrDefault(tag => JsonRead.String(tag?["id"]) == id);
        return new JsonObject { ["id"] = id, ["name"] = JsonRead.String(known?["name"]) ?? DisplayName(id) };
    }

    /// <summary>Seeded tags may be strings or <c>{id, name}</c> objects; both become objects.</summary>
    public static JsonObject FromSeed(JsonObject tags)
    {
        var result = new JsonObject();
        foreach (var (group, values) in tags)
        {
            result[group] = new JsonArray((values as JsonArray ?? []).Select(value => (JsonNode)(value is JsonObject tag
                ? (JsonObject)tag.DeepClone()
                : new JsonObject { ["id"] = JsonRead.String(value), ["name"] = DisplayName(JsonRead.String(value) ?? string.Empty) })).ToArray());
        }

        return result;
    }

    private static string DisplayName(string id)
    {
        var words = id.Replace('-', ' ').Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
