namespace Marketplace.Release.Manifest;

/// <summary>
/// One compatibility entry. Each bound is either a product version (resolved to a build number through the
/// parent software API) or a build number given directly; exactly one of each pair is set.
/// </summary>
/// <param name="Product">The parentSoftwareId, e.g. <c>jira</c>.</param>
public sealed record CompatibilitySpec(string Product, string? MinVersion, long? MinBuild, string? MaxVersion, long? MaxBuild);
