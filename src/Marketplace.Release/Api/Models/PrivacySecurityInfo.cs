using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>
/// Privacy and security answers: the body of <c>PUT /rest/3/privacy-and-security/products/{productId}</c>
/// (<c>{"commonCloud": {…}}</c>) and, read leniently, of its <c>GET</c>, whose <c>commonCloud</c> also carries the
/// read-only <c>properties</c> (never compared or sent: <c>Pipeline.Presence.PrivacyAnswers</c> removes them). Other
/// fields of the GET are kept in <see cref="OtherFields"/> and never sent.
/// </summary>
internal sealed record PrivacySecurityInfo
{
    public JsonObject? CommonCloud { get; init; }

    /// <remarks>
    /// A dictionary with a setter: the source generator binds init-only members as constructor parameters, and extension
    /// data bound that way can be neither init-only nor a JsonObject.
    /// </remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; set; }
}
