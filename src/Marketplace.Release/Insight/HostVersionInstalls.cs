namespace Marketplace.Release.Insight;

/// <summary>Active installs on one host version (e.g. Jira 10.3.0) and whether the release's compatibility covers it.</summary>
public sealed record HostVersionInstalls(string Version, long Installs, bool Covered);
