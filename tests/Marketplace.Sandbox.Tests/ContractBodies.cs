using System.Text.Json.Nodes;
using Marketplace.Sandbox.Contract;

namespace Marketplace.Sandbox.Tests;

/// <summary>
/// A GET answer turned into the body of the matching PUT the way a client must build it: only the fields the contract's
/// request schema names (at every depth), and no null where the schema takes none. Read from the contract document,
/// so the tests follow the contract rather than a second list of field names.
/// </summary>
internal static class ContractBodies
{
    private static readonly Lazy<JsonObject> Schemas = new(() => ApiContract.ReadDocument()["components"]!["schemas"]!.AsObject());

    public static JsonObject Trim(JsonObject read, string requestSchema) =>
        (JsonObject)Trim(read.DeepClone(), Schemas.Value[requestSchema]!.AsObject())!;

    private static JsonNode? Trim(JsonNode? value, JsonObject schema)
    {
        schema = Resolve(schema);
        switch (value)
        {
            case JsonObject obj when schema["properties"] is JsonObject properties:
                foreach (var name in obj.Select(property => property.Key).ToList())
                {
                    if (properties[name] is not JsonObject property || (obj[name] is null && !AllowsNull(Resolve(property))))
                    {
                        obj.Remove(name);
                        continue;
                    }

                    var trimmed = Trim(obj[name], property);
                    obj.Remove(name);
                    obj[name] = trimmed;
                }

                return obj;
            case JsonArray array when schema["items"] is JsonObject items:
                return new JsonArray(array.Select(item => Trim(item?.DeepClone(), items)).ToArray());
            default:
                return value;
        }
    }

    private static JsonObject Resolve(JsonObject schema) =>
        schema["$ref"]?.GetValue<string>() is { } target ? Resolve(Schemas.Value[target[(target.LastIndexOf('/') + 1)..]]!.AsObject()) : schema;

    private static bool AllowsNull(JsonObject schema) => schema["type"] is JsonArray types && types.Any(type => type?.GetValue<string>() == "null");
}
