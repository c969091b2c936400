using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>
/// <c>images</c> of the app listing: ids returned by <c>POST /rest/3/assets/images/{imageType}</c> with the image type
/// <c>icon</c> and <c>banner</c>. <c>titleLogoFileId</c> is "only updatable by marketplace administrators": echoed.
/// </summary>
internal sealed record AppListingImages
{
    public string? IconFileId { get; init; }

    public string? TitleLogoFileId { get; init; }

    public string? BannerFileId { get; init; }

    /// <remarks>
    /// A dictionary with a setter: the source generator binds init-only members as constructor parameters, and extension
    /// data bound that way can be neither init-only nor a JsonObject.
    /// </remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; set; }
}
