namespace Marketplace.Release.Api.Models;

/// <summary>
/// A page of <c>GET /rest/3/product-listing/developer-space/{developerId}</c>. The reference ("Get Marketplace app
/// listings for a developer") names the query (<c>limit</c>, <c>cursor</c>, <c>includePrivate</c>) but shows no body;
/// the items are read from <c>items</c> (as clients of the live API read them) and <c>links.next</c> is the cursor
/// pagination of docs/marketplace-api.md § Pagination: a relative path string, absent on the last page.
/// </summary>
internal sealed record DeveloperListingsPage(PageLinks? Links, IReadOnlyList<DeveloperListing>? Items);
