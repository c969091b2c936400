using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Marketplace.Sandbox.Contract;

/// <summary>
/// One schema of the contract built for JsonSchema.Net: the schema itself with every component schema of the
/// document as its <c>$defs</c>, so that the document's <c>#/components/schemas/…</c> references resolve inside it.
/// Violations name the field by its path (<c>frameworkDetails.attributes.scopes</c>, <c>highlights[0].screenshot</c>).
/// </summary>
internal sealed partial class ContractSchema
{
    private const string Dialect = "https://json-schema.org/draft/2020-12/schema";
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    private readonly JsonSchema schema;
    private readonly JsonObject document;

    private ContractSchema(JsonSchema schema, JsonObject document)
    {
        this.schema = schema;
        this.document = document;
    }

    public static ContractSchema Build(JsonNode schema, JsonObject components, string id)
    {
        var document = new JsonObject { ["$schema"] = Dialect, ["$id"] = $"https://contract.marketplace-release.invalid/{id}" };
        var rewritten = Rewrite(schema)!.AsObject();
        foreach (var name in rewritten.Select(property => property.Key).ToList())
        {
            var value = rewritten[name];
            rewritten.Remove(name);
            document[name] = value;
        }

        document["$defs"] = Rewrite(components);
        return new ContractSchema(JsonSchema.FromText(document.ToJsonString()), document);
    }

    /// <summary>The violations of <paramref name="instance"/>, each naming the field; empty when it conforms.</summary>
    public IReadOnlyList<string> Violations(JsonElement instance)
    {
        var results = schema.Evaluate(instance, Options);
        if (results.IsValid)
        {
            return [];
        }

        var violations = new List<string>();
        foreach (var node in (IEnumerable<EvaluationResults>?)results.Details ?? [])
        {
            // A failed "if" only selects which "then" applies (the framework's attributes, a patched field's type).
            if (node.IsValid || node.Errors is not { Count: > 0 } errors || IsCondition(node.EvaluationPath.ToString()))
            {
                continue;
            }

            var field = FieldPath(node.InstanceLocation.ToString());
            foreach (var (keyword, message) in errors)
            {
                violations.Add(Describe(node, keyword, message, field, instance));
            }
        }

        return violations.Count > 0 ? violations.Distinct(StringComparer.Ordinal).ToList() : ["the body does not match the request schema"];
    }

    private static bool IsCondition(string evaluationPath) =>
        evaluationPath.Contains("/if/", StringComparison.Ordinal) || evaluationPath.EndsWith("/if", StringComparison.Ordinal);

    private string Describe(EvaluationResults node, string keyword, string message, string field, JsonElement instance)
    {
        var at = field.Length == 0 ? "the body" : field;
        var evaluationPath = node.EvaluationPath.ToString();
        if (evaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal))
        {
            return $"Unknown field '{field}'";
        }

        var rule = SchemaKeyword(node.SchemaLocation, keyword);
        switch (keyword)
        {
            case "required":
                var missing = QuotedNames().Matches(message).Select(match => match.Groups[1].Value).ToList();
                return missing.Count == 0
                    ? $"{at}: {message}"
                    : string.Join("; ", missing.Select(name => $"{(field.Length == 0 ? name : field + "." + name)} is required"));
            case "enum":
                return $"Invalid value for {at}: {Value(instance, node)} is not one of {rule?.ToJsonString() ?? "the contract's values"}";
            case "type":
                return rule is null ? $"Invalid value for {at}: {message}" : $"Invalid value for {at}: {Value(instance, node)} is not of type {rule.ToJsonString()}";
            case "pattern":
                return $"Invalid value for {at}: {Value(instance, node)} does not match {rule?.ToJsonString()}";
            default:
                return $"Invalid value for {at}: {message}";
        }
    }

    /// <summary>The keyword's value in the schema the result came from (to name the enum's values, the type, the pattern).</summary>
    private JsonNode? SchemaKeyword(Uri location, string keyword)
    {
        var pointer = Uri.UnescapeDataString(location.Fragment.TrimStart('#'));
        JsonNode? current = document;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current switch
            {
                // JsonSchema.Net repeats an index after "then" (…/allOf/9/then/9/…): a segment the schema lacks is passed over.
                JsonObject obj when !obj.ContainsKey(name) && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _) => obj,
                JsonObject obj => obj[name],
                JsonArray array when int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return current is JsonObject schemaObject && !pointer.EndsWith("/" + keyword, StringComparison.Ordinal) ? schemaObject[keyword] : current;
    }

    private static string Value(JsonElement instance, EvaluationResults node)
    {
        var value = node.InstanceLocation.Evaluate(instance);
        if (value is not { } element)
        {
            return "the value";
        }

        var text = element.GetRawText();
        return text.Length > 60 ? text[..57] + "..." : text;
    }

    /// <summary>A JSON Pointer as a field path: <c>/highlights/0/screenshot</c> → <c>highlights[0].screenshot</c>.</summary>
    private static string FieldPath(string pointer)
    {
        var path = new System.Text.StringBuilder();
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                path.Append('[').Append(name).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(name);
            }
        }

        return path.ToString();
    }

    /// <summary>A deep copy with the document's component references pointed at <c>$defs</c>.</summary>
    private static JsonNode? Rewrite(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(property => KeyValuePair.Create(property.Key,
            property.Key == "$ref" && property.Value?.GetValue<string>() is { } target
                ? (JsonNode?)JsonValue.Create(target.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal))
                : Rewrite(property.Value)))),
        JsonArray array => new JsonArray(array.Select(Rewrite).ToArray()),
        _ => node?.DeepClone(),
    };

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedNames();
}
