using System.Text.Json.Nodes;

namespace Marketplace.Release.Manifest;

/// <summary>
/// One value of <c>version.frameworkAttributes</c> with the type it had in the YAML (docs/marketplace-api.md § Frameworks and exactly-once creates): exactly the member of
/// its <see cref="Kind"/> is set.
/// </summary>
public sealed record FrameworkAttributeValue
{
    private FrameworkAttributeValue(FrameworkAttributeKind kind, string? text, bool? boolean, IReadOnlyList<string>? list)
    {
        Kind = kind;
        Text = text;
        Boolean = boolean;
        List = list;
    }

    public FrameworkAttributeKind Kind { get; }

    /// <summary>The text, for <see cref="FrameworkAttributeKind.Text"/>.</summary>
    public string? Text { get; }

    /// <summary>The boolean, for <see cref="FrameworkAttributeKind.Boolean"/>.</summary>
    public bool? Boolean { get; }

    /// <summary>The strings, for <see cref="FrameworkAttributeKind.List"/> (may be empty).</summary>
    public IReadOnlyList<string>? List { get; }

    public static FrameworkAttributeValue OfText(string text) => new(FrameworkAttributeKind.Text, text, null, null);

    public static FrameworkAttributeValue OfBoolean(bool value) => new(FrameworkAttributeKind.Boolean, null, value, null);

    public static FrameworkAttributeValue OfList(IReadOnlyList<string> items) => new(FrameworkAttributeKind.List, null, null, items);

    /// <summary>A new JSON node (string, boolean or array of strings), free to attach to a request body.</summary>
    public JsonNode ToJson() => Kind switch
    {
        FrameworkAttributeKind.Boolean => JsonValue.Create(Boolean!.Value),
        FrameworkAttributeKind.List => new JsonArray([.. List!.Select(item => (JsonNode?)JsonValue.Create(item))]),
        _ => JsonValue.Create(Text!),
    };
}
