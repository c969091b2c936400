namespace Marketplace.Release.Manifest;

/// <summary>
/// The optional <c>appListing:</c> section (docs/marketplace-api.md § Presence sections): the app-level listing written by
/// <c>PUT /rest/3/product-listing/{productId}</c> with the read revision. Every member is optional: null means
/// "not managed by the manifest", and the engine echoes the live value.
/// </summary>
public sealed record AppListingSpec
{
    /// <summary><c>name</c>, sent as <c>appName</c>; at most 60 characters.</summary>
    public string? Name { get; init; }

    /// <summary><c>summary</c>, sent as <c>summary</c>.</summary>
    public string? Summary { get; init; }

    /// <summary><c>tagline</c>, sent as <c>tagLine</c>.</summary>
    public string? Tagline { get; init; }

    /// <summary><c>tags</c>, sent as the plain strings the PUT takes (the GET shows them as <c>{id, name}</c> objects).</summary>
    public AppListingTagsSpec? Tags { get; init; }

    /// <summary><c>icon</c>: a local file uploaded as image type <c>icon</c>, or an image id; sent as <c>images.iconFileId</c>.</summary>
    public ImageRef? Icon { get; init; }

    /// <summary><c>banner</c>: a local file uploaded as image type <c>banner</c>, or an image id; sent as <c>images.bannerFileId</c>.</summary>
    public ImageRef? Banner { get; init; }

    /// <summary><c>communityEnabled</c>.</summary>
    public bool? CommunityEnabled { get; init; }

    /// <summary><c>links</c>, sent as <c>developerLinks</c> of the app listing.</summary>
    public AppListingLinksSpec? Links { get; init; }
}
