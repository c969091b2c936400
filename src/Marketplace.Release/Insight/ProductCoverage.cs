namespace Marketplace.Release.Insight;

/// <summary>
/// One host product's install base in the newest week: every host version with its installs and whether the
/// compatibility covers it, the covered share, and the largest excluded host versions (most installs first).
/// </summary>
/// <param name="Product">The parentSoftwareId, e.g. <c>jira</c>.</param>
/// <param name="Name">The product's display name, e.g. <c>Jira</c>.</param>
/// <param name="Supported">Whether the compatibility names this product at all (a gate checks only supported ones).</param>
/// <param name="CoveredPercent">Covered installs as a percentage of all installs of the product, one decimal.</param>
public sealed record ProductCoverage(
    string Product,
    string Name,
    bool Supported,
    long Installs,
    long CoveredInstalls,
    decimal CoveredPercent,
    IReadOnlyList<HostVersionInstalls> Versions,
    IReadOnlyList<HostVersionInstalls> LargestExcluded);
