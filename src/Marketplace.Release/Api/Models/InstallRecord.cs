namespace Marketplace.Release.Api.Models;

/// <summary>
/// One record of the install query: the week (<c>date</c>), the app, <c>installCounts</c>, and the host product's name
/// and version (<c>parentSoftware</c> "Jira", <c>parentSoftwareVersion</c> "10.3.0"), as the reference's examples show.
/// </summary>
internal sealed record InstallRecord(string? Date, string? AppKey, string? ProductId, long? InstallCounts, string? ParentSoftware, string? ParentSoftwareVersion);
