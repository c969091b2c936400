using Marketplace.Release.Domain;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// The attributes each framework takes, from docs/marketplace-api.md § Versions (<c>connect</c>: <c>{descriptorId, scopes[],
/// descriptorUrl?}</c>; <c>forge</c>: <c>{appId, versionId, envId, scopes[]}</c>; <c>external</c>:
/// <c>{binaryUrl?, authorization}</c>) and docs/marketplace-api.md § Frameworks and exactly-once creates (forge's <c>appAccess</c> is a list). The connect
/// <c>descriptorId</c> is optional here: the engine sets it from the descriptor it uploads or has fetched.
/// </summary>
internal static class FrameworkAttributeRules
{
    private static readonly FrameworkAttributeRule Scopes = new("scopes", FrameworkAttributeKind.List, Required: true, "[READ, WRITE]");

    private static readonly Dictionary<Framework, IReadOnlyList<FrameworkAttributeRule>> ByFramework = new()
    {
        [Framework.Connect] =
        [
            Scopes,
            new("descriptorId", FrameworkAttributeKind.Text, Required: false, "<artifact id of the descriptor>"),
            new("descriptorUrl", FrameworkAttributeKind.Text, Required: false, "https://example.com/atlassian-connect.json", IsUrl: true),
        ],
        [Framework.Forge] =
        [
            new("appId", FrameworkAttributeKind.Text, Required: true, "<value>"),
            new("versionId", FrameworkAttributeKind.Text, Required: true, "<value>"),
            new("envId", FrameworkAttributeKind.Text, Required: true, "<value>"),
            Scopes,
            new("appAccess", FrameworkAttributeKind.List, Required: false, "[value]"),
        ],
        [Framework.External] =
        [
            new("authorization", FrameworkAttributeKind.Boolean, Required: true, "<true or false>"),
            new("binaryUrl", FrameworkAttributeKind.Text, Required: false, "https://example.com/app.zip", IsUrl: true),
        ],
    };

    /// <summary>The attributes of <paramref name="framework"/>; empty for plugin and workflow (theirs come from the artifact).</summary>
    public static IReadOnlyList<FrameworkAttributeRule> For(Framework framework) =>
        ByFramework.TryGetValue(framework, out var rules) ? rules : [];

    /// <summary>How a kind is named in messages.</summary>
    public static string Describe(FrameworkAttributeKind kind) => kind switch
    {
        FrameworkAttributeKind.List => "a list",
        FrameworkAttributeKind.Boolean => "true or false",
        _ => "a text value",
    };
}
