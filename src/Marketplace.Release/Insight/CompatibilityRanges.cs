using Marketplace.Release.Api.Models;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Products;

namespace Marketplace.Release.Insight;

/// <summary>
/// The manifest's compatibility as build-number ranges for a report, which runs without the release pipeline:
/// versions resolved through the product's version list, <c>max: latest</c> open-ended.
/// </summary>
internal static class CompatibilityRanges
{
    public static async Task<IReadOnlyList<Compatibility>> ResolveAsync(IReadOnlyList<CompatibilitySpec> specs, ProductVersions products, CancellationToken cancellationToken)
    {
        var ranges = new List<Compatibility>();
        foreach (var spec in specs)
        {
            var listed = await products.ListedAsync(spec.Product, cancellationToken) ?? [];
            long Build(string version) =>
                listed.FirstOrDefault(known => string.Equals(known.VersionNumber, version, StringComparison.Ordinal))?.BuildNumber
                ?? throw new ReleaseFailedException(FailureKind.Refused, $"the Marketplace knows no {spec.Product} version {version}",
                    $"use a released {spec.Product} version number in compatibility, or give minBuild/maxBuild as build numbers");
            var min = spec.MinBuild ?? Build(spec.MinVersion!);
            var max = spec.MaxLatest ? long.MaxValue : spec.MaxBuild ?? Build(spec.MaxVersion!);
            ranges.Add(new Compatibility(spec.Product, min, max));
        }

        return ranges;
    }
}
