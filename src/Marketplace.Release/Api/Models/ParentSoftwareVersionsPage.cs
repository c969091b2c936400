namespace Marketplace.Release.Api.Models;

/// <summary>
/// A page of <c>GET /rest/3/parent-software/{id}/versions</c> (limit 1..50, cursor paginated: docs/marketplace-api.md
/// § Pagination and § Parent software); <c>links.next</c> is a relative path, absent on the last page.
/// </summary>
internal sealed record ParentSoftwareVersionsPage(PageLinks? Links, IReadOnlyList<ParentSoftwareVersion>? Versions, int? TotalCount);
