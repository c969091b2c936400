namespace Marketplace.Release.Api.Models;

/// <summary>The body of <c>GET /rest/3/parent-software/{id}/versions/number/{versionNumber}</c>.</summary>
internal sealed record ParentSoftwareVersion(long BuildNumber, string? VersionNumber);
