using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// The fields of a Cloud migration record, from the reference's "Migrations" requests: the PUT example's fields,
/// of which developerId and addonName are required ("All fields are optional except developerId and addonName");
/// the GET adds addonKey and productId. Errors are 400 VALIDATION_ERROR with a string status.
/// </summary>
internal static class MigrationFields
{
    public const string DeveloperId = "developerId";
    public const string AddonName = "addonName";

    /// <summary>
    /// [ours] The migration paths, upper case as the reference's examples write them ("AUTOMATED", "moving from UNKNOWN
    /// to AUTOMATED"); the other three are those of docs/marketplace-api.md § Presence sections (discarded, install-only, manual) in the same style.
    /// </summary>
    public static readonly string[] MigrationPaths = ["UNKNOWN", "DISCARDED", "AUTOMATED", "INSTALL_ONLY", "MANUAL"];

    /// <summary>Set by the Marketplace: shown by the GET, never written.</summary>
    public static readonly string[] ServerFields = ["productId", "addonKey"];

    /// <summary>The optional fields: writable by PUT and by JSON Patch add, replace and remove.</summary>
    public static readonly string[] OptionalFields =
    [
        "cloudAddonKey", "cloudVersionAvailability", "cloudVersionDevelopmentRoadmap", "featureDifferenceDocumentation",
        "migrationDocumentation", "cloudMigrationAssistantCompatibility", "migrationPath", "isDualLicenseOptedIn",
        "migrationRoadmapTicketLink", "cloudMigrationAssistantCompatibilityRanges",
    ];

    public static readonly BodyFields Fields = new(ApiProblem.Validation);

    /// <summary>A validated copy of one field's value, or a 400 naming the field.</summary>
    public static JsonNode Value(string field, JsonNode? value)
    {
        if (value is null)
        {
            throw Fields.Fail($"{field} must not be null", "Leave an optional field out (or remove it with a JSON Patch remove)");
        }

        switch (field)
        {
            case "cloudVersionDevelopmentRoadmap" or "featureDifferenceDocumentation" or "migrationDocumentation" or "migrationRoadmapTicketLink":
                return JsonValue.Create(Fields.Url(value, field))!;
            case "isDualLicenseOptedIn":
                return JsonValue.Create(Fields.Boolean(value, field)!.Value);
            case "migrationPath":
                return Fields.Text(value, field) is { } path && MigrationPaths.Contains(path)
                    ? JsonValue.Create(path)
                    : throw Fields.Fail($"migrationPath must be one of {string.Join(", ", MigrationPaths)}", $"Got {value.ToJsonString()}");
            case "cloudMigrationAssistantCompatibilityRanges":
                return Ranges(value);
            default:
                return Fields.Text(value, field) is { Length: > 0 } text ? JsonValue.Create(text) : throw Fields.Fail($"{field} must be a non-empty string");
        }
    }

    /// <summary>The PUT example's <c>[{"start": "4.0.0", "end": "4.5.0"}]</c>; [ours] both bounds required.</summary>
    private static JsonArray Ranges(JsonNode value)
    {
        const string Field = "cloudMigrationAssistantCompatibilityRanges";
        var array = value as JsonArray ?? throw Fields.Fail($"{Field} must be an array of {{start, end}}");
        return new JsonArray(array.Select((item, index) =>
        {
            var range = Fields.Object(item, $"{Field}[{index}]") ?? throw Fields.Fail($"{Field}[{index}] must be an object");
            Fields.RequireKnown(range, $"{Field}[{index}].", ["start", "end"]);
            return (JsonNode)new JsonObject
            {
                ["start"] = Fields.Text(range["start"], $"{Field}[{index}].start") ?? throw Fields.Fail($"{Field}[{index}].start is required"),
                ["end"] = Fields.Text(range["end"], $"{Field}[{index}].end") ?? throw Fields.Fail($"{Field}[{index}].end is required"),
            };
        }).ToArray());
    }

    /// <summary>The writable fields of a PUT body (a whole new record), developerId checked against the product's.</summary>
    public static JsonObject Record(JsonObject body, string productDeveloperId)
    {
        foreach (var field in ServerFields)
        {
            if (body[field] is not null)
            {
                throw Fields.Fail($"{field} is set by the Marketplace", "Leave it out of the body");
            }
        }

        Fields.RequireKnown(body, string.Empty, [DeveloperId, AddonName, .. OptionalFields]);
        var developerId = Fields.Text(body[DeveloperId], DeveloperId) ?? throw Fields.Fail("developerId is required");
        if (!string.Equals(developerId, productDeveloperId, StringComparison.OrdinalIgnoreCase))
        {
            throw Fields.Fail("developerId is not the developer of this product", $"Got '{developerId}'");
        }

        var record = new JsonObject { [DeveloperId] = developerId };
        record[AddonName] = body[AddonName] is null ? throw Fields.Fail("addonName is required") : Value(AddonName, body[AddonName]);
        foreach (var field in OptionalFields)
        {
            if (body[field] is { } value)
            {
                record[field] = Value(field, value);
            }
        }

        return record;
    }
}
