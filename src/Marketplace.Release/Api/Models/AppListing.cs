using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>
/// The app-level listing: the body of <c>GET</c> and of <c>PUT /rest/3/product-listing/{productId}</c>. The reference's
/// "Recommended workflow" for the PUT is: take the GET response, change the fields you mean to change, "keep all other
/// fields the same as the GET response" (non-updatable ones "must" carry the GET's values). So one model serves both:
/// the fields the manifest manages are typed, everything else (appKey's companions <c>enrolledPrograms</c>,
/// <c>hostingVisibility</c>, <c>stateAfterApproval</c>, <c>thirdPartyIntegrations</c>, <c>legacyListingDetails</c>,
/// <c>marketingLabels</c>, <c>slug</c>, fields added after this was written, …) is carried in
/// <see cref="OtherFields"/> and written back verbatim. Tags are written as the plain strings the PUT takes
/// (see <see cref="AppListingTag"/>).
/// </summary>
internal sealed record AppListing
{
    public string? ProductId { get; init; }

    /// <summary>Not updatable: echoed from the GET.</summary>
    public string? AppKey { get; init; }

    /// <summary>Not updatable: echoed from the GET.</summary>
    public string? DeveloperId { get; init; }

    public string? AppName { get; init; }

    public string? Summary { get; init; }

    public string? TagLine { get; init; }

    public AppListingImages? Images { get; init; }

    public AppListingTags? Tags { get; init; }

    public bool? CommunityEnabled { get; init; }

    public AppListingDeveloperLinks? DeveloperLinks { get; init; }

    /// <summary>PRIVATE, PUBLIC, …; only PRIVATE → PUBLIC may be sent (reference), so the GET's value is echoed.</summary>
    public string? State { get; init; }

    /// <summary>Not updatable: echoed from the GET.</summary>
    public string? ApprovalStatus { get; init; }

    /// <summary>"System-managed field for conflict resolution": the PUT carries the revision of the GET it is built on.</summary>
    public long? Revision { get; init; }

    /// <summary>Every field of the GET not typed above, written back unchanged.</summary>
    /// <remarks>
    /// A dictionary with a setter: the source generator binds init-only members as constructor parameters, and extension
    /// data bound that way can be neither init-only nor a JsonObject.
    /// </remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; set; }
}
