namespace Marketplace.Release.Api.Models;

/// <summary>A page of <c>GET /rest/3/parent-software</c>: <c>{links, parentSoftware}</c>, cursor paginated like the other v3 lists.</summary>
internal sealed record ParentSoftwarePage(PageLinks? Links, IReadOnlyList<ParentSoftware>? ParentSoftware);
