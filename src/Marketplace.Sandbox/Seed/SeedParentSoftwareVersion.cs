namespace Marketplace.Sandbox;

/// <summary>
/// A product version (e.g. jira 10.3.0), the build number the Marketplace knows it by, the hostings it exists for,
/// and its state (<c>active</c>, or e.g. <c>inactive</c> for one not released yet or withdrawn).
/// </summary>
public sealed record SeedParentSoftwareVersion(string ParentSoftwareId, string VersionNumber, long BuildNumber, IReadOnlyList<string> Hosting, string State = "active");
