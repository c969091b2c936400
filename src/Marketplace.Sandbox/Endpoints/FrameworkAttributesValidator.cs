using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// The names and JSON types of <c>frameworkDetails.attributes</c> per framework (docs/marketplace-api.md § Versions:
/// plugin <c>{artifactId, pluginFrameworkType?: "P2"|"P1", descriptorId?}</c>, as the contract's
/// <c>PluginsFrameworkAttributes</c> has them: only <c>artifactId</c> is required; workflow <c>{artifactId}</c>; connect
/// <c>{descriptorId, scopes[], descriptorUrl?}</c>; forge <c>{appId, versionId, envId, scopes[]}</c>; external
/// <c>{binaryUrl?, authorization}</c>; and docs/marketplace-api.md § Frameworks and exactly-once creates: forge <c>appAccess</c> is a list). The reference types
/// every attribute; a value of another JSON type (<c>"authorization": "true"</c>, <c>"scopes": "READ WRITE"</c>) is
/// refused rather than coerced, the stricter reading. Attributes the reference does not name are refused by name,
/// as unknown fields are elsewhere ([ours]).
/// </summary>
internal static class FrameworkAttributesValidator
{
    private enum Kind
    {
        Text,
        TextList,
        Flag,
        Url,
    }

    private sealed record Attribute(string Name, Kind Kind, bool Required);

    private static readonly Dictionary<string, Attribute[]> Known = new(StringComparer.Ordinal)
    {
        ["plugin"] = [new("artifactId", Kind.Text, true), new("pluginFrameworkType", Kind.Text, false), new("descriptorId", Kind.Text, false)],
        ["workflow"] = [new("artifactId", Kind.Text, true)],
        ["connect"] = [new("descriptorId", Kind.Text, true), new("scopes", Kind.TextList, true), new("descriptorUrl", Kind.Url, false)],
        ["forge"] = [new("appId", Kind.Text, true), new("versionId", Kind.Text, true), new("envId", Kind.Text, true), new("scopes", Kind.TextList, true), new("appAccess", Kind.TextList, false)],
        ["external"] = [new("authorization", Kind.Flag, true), new("binaryUrl", Kind.Url, false)],
    };

    public static void Validate(string frameworkId, JsonObject attributes)
    {
        var known = Known[frameworkId];
        foreach (var (name, _) in attributes)
        {
            if (!known.Any(attribute => attribute.Name == name))
            {
                throw Fail($"Unknown attribute 'frameworkDetails.attributes.{name}' for framework '{frameworkId}'", $"Known: {string.Join(", ", known.Select(attribute => attribute.Name))}");
            }
        }

        foreach (var attribute in known)
        {
            var value = attributes[attribute.Name];
            var field = "frameworkDetails.attributes." + attribute.Name;
            if (value is null)
            {
                if (attribute.Required)
                {
                    throw Fail($"{field} is required for framework '{frameworkId}'");
                }

                continue;
            }

            switch (attribute.Kind)
            {
                case Kind.Text when JsonRead.String(value) is not { Length: > 0 }:
                    throw Fail($"{field} must be a non-empty string");
                case Kind.TextList when value is not JsonArray list || list.Any(item => JsonRead.String(item) is not { Length: > 0 }):
                    throw Fail($"{field} must be an array of strings", "e.g. [\"READ\", \"WRITE\"], not \"READ WRITE\"");
                case Kind.Flag when JsonRead.Boolean(value) is null:
                    throw Fail($"{field} must be a boolean (true or false), not {value.GetValueKind().ToString().ToLowerInvariant()}");
                case Kind.Url when !IsHttpUrl(JsonRead.String(value)):
                    throw Fail($"{field} must be an absolute http(s) URL");
            }
        }

        if (frameworkId == "plugin" && attributes["pluginFrameworkType"] is { } type && JsonRead.String(type) is not ("P1" or "P2"))
        {
            throw Fail("frameworkDetails.attributes.pluginFrameworkType must be P1 or P2");
        }
    }

    public static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static ApiProblem Fail(string message, string? detail = null) => ApiProblem.Validation(message, detail);
}
