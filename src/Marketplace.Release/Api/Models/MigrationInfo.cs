using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>
/// The Cloud migration record of a product: the body of <c>GET</c> and of <c>PUT
/// /rest/3/cloud-migration-compatibility/products/{productId}</c> (reference: "Migrations"). "All fields except addonName,
/// addonKey, productId and developerId are optional and may not exist"; the PUT (create) needs developerId and addonName
/// and does not carry productId or addonKey (its example has neither). The fields the manifest manages are typed; the
/// others are kept in <see cref="OtherFields"/>.
/// </summary>
internal sealed record MigrationInfo
{
    public string? ProductId { get; init; }

    public string? AddonKey { get; init; }

    public string? DeveloperId { get; init; }

    public string? AddonName { get; init; }

    /// <summary>The app version the Cloud Migration Assistant supports, e.g. <c>4.5.0</c>.</summary>
    public string? CloudMigrationAssistantCompatibility { get; init; }

    /// <summary>
    /// The wire form (<c>AUTOMATED</c> in the reference's examples, "moving from UNKNOWN to AUTOMATED"). Read as text:
    /// a live value this client does not know must not make the record unreadable.
    /// </summary>
    public string? MigrationPath { get; init; }

    public string? MigrationDocumentation { get; init; }

    public string? FeatureDifferenceDocumentation { get; init; }

    /// <remarks>
    /// A dictionary with a setter: the source generator binds init-only members as constructor parameters, and extension
    /// data bound that way can be neither init-only nor a JsonObject.
    /// </remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; set; }
}
