using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketplace.Release.Cli.Tests.Contract;

/// <summary>
/// A JSON body as paths and kinds: <c>compatibilities</c> Array, <c>compatibilities[]</c> Object,
/// <c>compatibilities[].minBuildNumber</c> Number. Array elements share one path (<c>[]</c>).
/// </summary>
internal static class JsonShape
{
    public static IEnumerable<(string Path, FieldKind Kind)> Fields(JsonNode? node, string prefix = "")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
                    yield return (path, KindOf(value));
                    foreach (var field in Fields(value, path))
                    {
                        yield return field;
                    }
                }

                break;
            case JsonArray array:
                foreach (var element in array)
                {
                    yield return ($"{prefix}[]", KindOf(element));
                    foreach (var field in Fields(element, $"{prefix}[]"))
                    {
                        yield return field;
                    }
                }

                break;
        }
    }

    /// <summary>Every object of the body by its path (<c>""</c> for the body itself), for the required-field checks.</summary>
    public static IEnumerable<(string Path, JsonObject Object)> Objects(JsonNode? node, string prefix = "")
    {
        switch (node)
        {
            case JsonObject obj:
                yield return (prefix, obj);
                foreach (var (name, value) in obj)
                {
                    foreach (var inner in Objects(value, prefix.Length == 0 ? name : $"{prefix}.{name}"))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var element in array)
                {
                    foreach (var inner in Objects(element, $"{prefix}[]"))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    public static FieldKind KindOf(JsonNode? node) => node switch
    {
        null => FieldKind.Null,
        JsonObject => FieldKind.Object,
        JsonArray => FieldKind.Array,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => FieldKind.String,
            JsonValueKind.Number => FieldKind.Number,
            JsonValueKind.True or JsonValueKind.False => FieldKind.Boolean,
            _ => FieldKind.Null,
        },
        _ => FieldKind.Null,
    };
}
