using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Products;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// A compatibility entry of the manifest as build numbers: product versions through the parent-software versions,
/// <c>max: latest</c> as the newest active version of the product for a hosting (docs/manifest.md, "max: latest").
/// One rule for <c>resolve</c> and for the release gates, which cover every target's entries together.
/// </summary>
internal static class CompatibilityResolver
{
    /// <summary>An entry resolved, as the manifest gave each bound (how a change line shows it), and what latest was.</summary>
    internal sealed record Resolved(Compatibility Compatibility, string Shown, string? LatestNote);

    public static async Task<Resolved> ResolveAsync(ProductVersions products, CompatibilitySpec entry, Hosting hosting, CancellationToken cancellationToken)
    {
        // The bounds do not depend on each other: read together (one round trip), judged in order (min first), so the
        // failure reported is the same whichever answer comes first.
        var minRead = entry.MinBuild is { } minBuild ? Task.FromResult(minBuild) : BuildNumberAsync(products, entry.Product, entry.MinVersion!, cancellationToken);
        var latestRead = entry.MaxLatest ? products.LatestAsync(entry.Product, hosting, cancellationToken) : null;
        var maxRead = entry.MaxLatest ? null : entry.MaxBuild is { } maxBuild ? Task.FromResult(maxBuild) : BuildNumberAsync(products, entry.Product, entry.MaxVersion!, cancellationToken);
        Task[] reads = [minRead, .. new Task?[] { latestRead, maxRead }.OfType<Task>()];
        await Task.WhenAll(reads).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        var min = await minRead;
        long max;
        string maxShown;
        string? latestNote = null;
        if (latestRead is not null)
        {
            var newest = await latestRead;
            max = newest.BuildNumber;
            maxShown = newest.VersionNumber ?? Build(max);
            latestNote = $"{entry.Product} latest is {newest.VersionNumber}";
        }
        else
        {
            max = await maxRead!;
            maxShown = entry.MaxVersion ?? Build(max);
        }

        return new Resolved(new Compatibility(entry.Product, min, max), $"{entry.Product} {entry.MinVersion ?? Build(min)}–{maxShown}", latestNote);
    }

    private static string Build(long build) => "build " + build.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<long> BuildNumberAsync(ProductVersions products, string product, string version, CancellationToken cancellationToken) =>
        await products.BuildNumberAsync(product, version, cancellationToken)
        ?? throw new ReleaseFailedException(FailureKind.Refused,
            $"the Marketplace knows no {product} version {version}",
            $"use a released {product} version number in compatibility, or give minBuild/maxBuild as build numbers");
}
