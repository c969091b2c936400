using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Insight;

/// <summary>
/// The share of a week's installs that a list of compatibility entries covers, per host product. It takes every
/// entry of the release at once (several targets add theirs to the same list): a host version counts as covered
/// when any entry of its product spans its build number.
/// </summary>
internal static class InstallCoverage
{
    /// <summary>How many excluded host versions a report and a gate failure name.</summary>
    public const int ExcludedNamed = 3;

    /// <param name="buildOf">The build number of a product version; null when the Marketplace does not know it (then not covered).</param>
    public static IReadOnlyList<ProductCoverage> Compute(IReadOnlyList<HostInstall> week, IReadOnlyList<Compatibility> compatibility, Func<string, string, long?> buildOf) =>
        week
            .GroupBy(install => install.Product, StringComparer.OrdinalIgnoreCase)
            .Select(product =>
            {
                var entries = compatibility.Where(entry => string.Equals(entry.ParentSoftwareId, product.Key, StringComparison.OrdinalIgnoreCase)).ToList();
                var versions = product
                    .GroupBy(install => install.Version, StringComparer.Ordinal)
                    .Select(version => new HostVersionInstalls(version.Key, version.Sum(install => install.Installs),
                        buildOf(product.Key, version.Key) is { } build && entries.Exists(entry => build >= entry.MinBuildNumber && build <= entry.MaxBuildNumber)))
                    .OrderBy(version => version.Version, HostVersionOrder.Instance)
                    .ToList();
                var installs = versions.Sum(version => version.Installs);
                var covered = versions.Where(version => version.Covered).Sum(version => version.Installs);
                return new ProductCoverage(
                    product.Key,
                    product.First().Name,
                    entries.Count > 0,
                    installs,
                    covered,
                    Percent(covered, installs),
                    versions,
                    versions.Where(version => !version.Covered && version.Installs > 0).OrderByDescending(version => version.Installs)
                        .ThenBy(version => version.Version, HostVersionOrder.Instance).Take(ExcludedNamed).ToList());
            })
            .OrderByDescending(product => product.Supported).ThenBy(product => product.Product, StringComparer.Ordinal)
            .ToList();

    /// <summary>A share in percent with one decimal, rounded down so that a gate never passes on rounding (89.96 % is 89.9 %).</summary>
    public static decimal Percent(long part, long whole) =>
        whole <= 0 ? 0m : Math.Floor(part * 1000m / whole) / 10m;
}
