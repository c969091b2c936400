namespace Marketplace.Sandbox;

/// <summary>A product version (e.g. jira 10.3.0) and the build number the Marketplace knows it by.</summary>
public sealed record SeedParentSoftwareVersion(string ParentSoftwareId, string VersionNumber, long BuildNumber, IReadOnlyList<string> Hosting);
