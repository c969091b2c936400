namespace Marketplace.Release.Api.Models;

/// <summary>
/// <c>tags</c> of the app listing: the groups of the reference's PUT example, <c>category</c> and <c>keywords</c>.
/// No other group is carried: the GET shows tags as <c>{id, name}</c> objects and the PUT takes strings, so a group
/// this client does not know could not be echoed in the form the PUT takes.
/// </summary>
internal sealed record AppListingTags(IReadOnlyList<AppListingTag>? Category, IReadOnlyList<AppListingTag>? Keywords);
