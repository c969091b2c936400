namespace Marketplace.Release.Api.Models;

/// <summary>A page of <c>GET …/versions</c>; <c>links.next</c> is a relative path string, absent on the last page.</summary>
internal sealed record VersionsPage(PageLinks? Links, IReadOnlyList<VersionResponse>? Versions);
