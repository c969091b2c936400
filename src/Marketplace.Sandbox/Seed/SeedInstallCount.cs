namespace Marketplace.Sandbox;

/// <summary>
/// Active installs of an app in one week on one host version (e.g. jira 10.3.0), as the partner-metrics query counts
/// them. <see cref="WeeksAgo"/> 0 is the last full week before the sandbox starts (the query's end date must lie
/// before today), 1 the week before it, and so on; the sandbox dates each week by its Monday.
/// </summary>
public sealed record SeedInstallCount(string ParentSoftwareId, string Version, int WeeksAgo, long Installs);
