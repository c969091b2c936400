using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// Typed checks of request body fields that fail with the endpoint's own validation error naming the field.
/// <c>null</c> counts as absent ([ours], as for versions and listings).
/// </summary>
internal sealed class BodyFields(Func<string, string?, ApiProblem> fail)
{
    public ApiProblem Fail(string title, string? detail = null) => fail(title, detail);

    public string? Text(JsonNode? node, string field) =>
        node is null ? null : JsonRead.String(node) ?? throw Fail($"{field} must be a string");

    public bool? Boolean(JsonNode? node, string field) =>
        node is null ? null : JsonRead.Boolean(node) ?? throw Fail($"{field} must be true or false");

    /// <summary>An absolute http or https URL.</summary>
    public string? Url(JsonNode? node, string field)
    {
        var text = Text(node, field);
        return text is null || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            ? text
            : throw Fail($"{field} must be an absolute http(s) URL", $"Got '{text}'");
    }

    public JsonObject? Object(JsonNode? node, string field) =>
        node is null ? null : node as JsonObject ?? throw Fail($"{field} must be an object");

    public List<string>? Strings(JsonNode? node, string field)
    {
        if (node is null)
        {
            return null;
        }

        var array = node as JsonArray ?? throw Fail($"{field} must be an array of strings");
        return array.Select((item, index) => JsonRead.String(item) is { Length: > 0 } text ? text : throw Fail($"{field}[{index}] must be a non-empty string")).ToList();
    }

    /// <summary>Refuses fields the endpoint does not know, by name ([ours]: a misspelt field fails instead of being dropped).</summary>
    public void RequireKnown(JsonObject body, string prefix, IReadOnlyCollection<string> known)
    {
        foreach (var (name, _) in body)
        {
            if (!known.Contains(name))
            {
                throw Fail($"Unknown field '{prefix}{name}'", $"Known here: {string.Join(", ", known)}");
            }
        }
    }
}
