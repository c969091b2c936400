using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.State;

/// <summary>
/// A product's privacy-and-security answers: the live version users see and at most one draft. Each is the body as
/// <c>PUT /rest/3/privacy-and-security/products/{productId}</c> takes it (<c>{"commonCloud": {…}}</c>).
/// </summary>
internal sealed class PrivacySecurityEntry
{
    public JsonObject? Live { get; set; }
    public JsonObject? Draft { get; set; }

    /// <summary>How many times a draft was published (tests assert "published once").</summary>
    public int PublishCount { get; set; }
}
