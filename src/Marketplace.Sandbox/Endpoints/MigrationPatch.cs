using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// JSON Patch (RFC 6902) on a migration record, as far as the reference allows it: the operations <c>replace</c>
/// ("update an existing field value"), <c>add</c> ("add a new field or update an existing one") and <c>remove</c>
/// ("where applicable": the optional fields), on the record's top-level fields. Stricter readings ([ours]):
/// <c>test</c>, <c>move</c> and <c>copy</c> are refused; a nested path, developerId, productId and addonKey are
/// refused; an empty patch is refused. As RFC 6902 says, <c>replace</c> and <c>remove</c> need the field to exist
/// (§4.2, §4.3) and the patch applies entirely or not at all (§5).
/// </summary>
internal static class MigrationPatch
{
    private static readonly string[] Operations = ["add", "replace", "remove"];

    private static BodyFields Fields => MigrationFields.Fields;

    public static JsonObject Apply(JsonNode? patch, JsonObject record)
    {
        var operations = patch as JsonArray ?? throw Fields.Fail("The body must be a JSON Patch: an array of operations");
        if (operations.Count == 0)
        {
            throw Fields.Fail("The JSON Patch has no operations");
        }

        var result = (JsonObject)record.DeepClone();
        for (var index = 0; index < operations.Count; index++)
        {
            var operation = operations[index] as JsonObject ?? throw Fields.Fail($"Operation [{index}] must be an object");
            var op = JsonRead.String(operation["op"]);
            if (op is null || !Operations.Contains(op))
            {
                throw Fields.Fail($"Operation [{index}]: op {operation["op"]?.ToJsonString() ?? "(missing)"} is not supported", $"Supported: {string.Join(", ", Operations)}");
            }

            var field = Field(JsonRead.String(operation["path"]), index);
            var exists = result[field] is not null;
            switch (op)
            {
                case "remove" when field == MigrationFields.AddonName:
                    throw Fields.Fail($"Operation [{index}]: addonName is required and cannot be removed");
                case "remove" or "replace" when !exists:
                    throw Fields.Fail(
                        $"Operation [{index}]: {op} needs an existing field, and /{field} is absent",
                        op == "replace" ? "Use add for a field the record does not have (RFC 6902 §4.3)" : "RFC 6902 §4.2");
                case "remove":
                    result.Remove(field);
                    break;
                default:
                    if (!operation.ContainsKey("value"))
                    {
                        throw Fields.Fail($"Operation [{index}]: {op} needs a value");
                    }

                    result[field] = MigrationFields.Value(field, operation["value"]);
                    break;
            }
        }

        return result;
    }

    private static string Field(string? path, int index)
    {
        if (path is null || !path.StartsWith('/'))
        {
            throw Fields.Fail($"Operation [{index}]: path must be a JSON Pointer such as /migrationPath", $"Got {path ?? "(missing)"}");
        }

        var field = path[1..];
        return field == MigrationFields.AddonName || MigrationFields.OptionalFields.Contains(field)
            ? field
            : throw Fields.Fail(
                $"Operation [{index}]: path {path} cannot be patched",
                $"Patchable: {string.Join(", ", new[] { MigrationFields.AddonName }.Concat(MigrationFields.OptionalFields).Select(name => "/" + name))}");
    }
}
