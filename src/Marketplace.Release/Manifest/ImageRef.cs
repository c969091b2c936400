namespace Marketplace.Release.Manifest;

/// <summary>
/// An image of the listing: a local file to upload (<see cref="LocalPath"/>) or an image id the Marketplace
/// already holds (<see cref="ImageId"/>); exactly one is set.
/// </summary>
/// <param name="ImageType">The asset type used for the upload: <c>screenshot</c>, <c>hero</c>, <c>screenshot-thumbnail</c>, …</param>
public sealed record ImageRef(string? LocalPath, string? ImageId, string ImageType);
