namespace Marketplace.Release.Insight;

/// <summary>One record of the newest week, the host product mapped to its parentSoftwareId.</summary>
internal sealed record HostInstall(string Product, string Name, string Version, long Installs);
