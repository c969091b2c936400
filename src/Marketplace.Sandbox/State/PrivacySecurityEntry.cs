using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.State;

/// <summary>
/// A product's privacy-and-security answers: the live version users see and at most one draft. Each is the body as
/// <c>PUT /rest/3/privacy-and-security/products/{productId}</c> takes it (<c>{"commonCloud": {…}}</c>); who saved each
/// and when is kept apart, for the read-only <c>commonCloud.properties</c> the GET answers.
/// </summary>
internal sealed class PrivacySecurityEntry
{
    public JsonObject? Live { get; set; }
    public JsonObject? Draft { get; set; }

    /// <summary>Who saved the live answers (the publisher) and when; null for seeded answers.</summary>
    public PrivacySecuritySave? LiveSave { get; set; }

    /// <summary>Who saved the draft and when; null for a seeded draft.</summary>
    public PrivacySecuritySave? DraftSave { get; set; }

    /// <summary>How many times a draft was published (tests assert "published once").</summary>
    public int PublishCount { get; set; }
}
