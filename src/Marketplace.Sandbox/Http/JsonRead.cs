using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Http;

/// <summary>
/// Typed reads of JsonNode values that never throw on a wrong kind: a number where a string is expected is
/// simply "not a string", which the validators turn into a 400 naming the field.
/// </summary>
internal static class JsonRead
{
    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>
    /// An integral number, whether the node was parsed (backed by a JsonElement) or built in code (backed by an
    /// int or long): TryGetValue only converts between the exact stored type, so each is tried.
    /// </summary>
    public static long? Integer(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        if (value.TryGetValue<long>(out var number))
        {
            return number;
        }

        if (value.TryGetValue<int>(out var small))
        {
            return small;
        }

        return value.TryGetValue<JsonElement>(out var element) && element.TryGetInt64(out number) ? number : null;
    }

    public static bool? Boolean(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;

    public static bool IsAbsent(JsonNode? node) => node is null;

    public static async Task<JsonObject> ObjectBodyAsync(Microsoft.AspNetCore.Http.HttpContext context, Func<string, ApiProblem> invalid)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException exception)
        {
            throw invalid("Malformed JSON: " + exception.Message);
        }

        return node as JsonObject ?? throw invalid("The request body must be a JSON object");
    }
}
