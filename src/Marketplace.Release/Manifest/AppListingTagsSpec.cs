namespace Marketplace.Release.Manifest;

/// <summary><c>appListing.tags</c>; a null list is not managed, an empty list clears the tags.</summary>
/// <param name="Categories"><c>categories</c>, sent as <c>tags.category</c> (the Postman collection's PUT body).</param>
/// <param name="Keywords"><c>keywords</c>, sent as <c>tags.keywords</c>.</param>
public sealed record AppListingTagsSpec(IReadOnlyList<string>? Categories, IReadOnlyList<string>? Keywords);
