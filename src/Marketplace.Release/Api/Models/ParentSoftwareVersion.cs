using Marketplace.Release.Domain;

namespace Marketplace.Release.Api.Models;

/// <summary>
/// A product version of the parent software API: the body of <c>GET /rest/3/parent-software/{id}/versions/number/{v}</c>
/// and <c>…/versions/build/{b}</c>, and an element of the versions list (docs/marketplace-api.md § Versions shows
/// <c>{buildNumber, versionNumber, hosting, state, revision}</c>).
/// </summary>
/// <param name="Hosting">The hostings the product version exists for (<c>server</c>, <c>datacenter</c>, <c>cloud</c>); null for a word this tool does not know.</param>
/// <param name="State">E.g. <c>active</c>; only active versions count as released.</param>
internal sealed record ParentSoftwareVersion(long BuildNumber, string? VersionNumber, IReadOnlyList<Hosting?>? Hosting = null, string? State = null);
