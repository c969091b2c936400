using System.Globalization;
using Marketplace.Release.Api;
using Marketplace.Release.Products;

namespace Marketplace.Release.Insight;

/// <summary>
/// Reads the app's weekly installs per host version (the partner-metrics query) for the last full weeks, maps the
/// host products' names to their ids (<c>GET /rest/3/parent-software</c>), and looks host versions up as build numbers.
/// Shared by <c>report</c> and the <c>installCoverage</c> gate, so both count the same installs.
/// </summary>
internal static class InstallBaseReader
{
    /// <summary>
    /// The <paramref name="weeks"/> full weeks before the current one: from a Monday to the Sunday before this week's
    /// Monday (the query's end date must lie before today).
    /// </summary>
    public static (DateOnly From, DateOnly To) Range(DateOnly today, int weeks)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return (monday.AddDays(-7 * weeks), monday.AddDays(-1));
    }

    public static async Task<InstallSnapshot> ReadAsync(IMarketplaceApi client, string developerId, string appKey, DateOnly today, int weeks, CancellationToken cancellationToken)
    {
        var (from, to) = Range(today, weeks);
        var records = await client.InstallCountsAsync(developerId, appKey, from, to, cancellationToken);
        var dated = records
            .Where(record => string.IsNullOrEmpty(record.AppKey) || string.Equals(record.AppKey, appKey, StringComparison.Ordinal))
            .Select(record => (Week: DateOnly.ParseExact(record.Date!, "yyyy-MM-dd", CultureInfo.InvariantCulture), Record: record))
            .ToList();
        var trend = Enumerable.Range(0, weeks)
            .Select(index => from.AddDays(7 * index))
            .Select(week => new WeeklyInstalls(week, dated.Where(item => item.Week >= week && item.Week < week.AddDays(7)).Sum(item => item.Record.InstallCounts ?? 0)))
            .ToList();
        if (dated.Count == 0)
        {
            return new InstallSnapshot(from, to, null, [], trend);
        }

        var newest = dated.Max(item => item.Week);
        var ids = (await client.ListParentSoftwareAsync(cancellationToken))
            .Where(product => product.Id is { Length: > 0 } && product.Name is { Length: > 0 })
            .GroupBy(product => product.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First().Id!, StringComparer.OrdinalIgnoreCase);
        var week = dated
            .Where(item => item.Week == newest)
            .Select(item =>
            {
                var name = item.Record.ParentSoftware is { Length: > 0 } given ? given : "unknown";
                var id = ids.GetValueOrDefault(name) ?? name.ToLowerInvariant().Replace(' ', '-');
                return new HostInstall(id, name, item.Record.ParentSoftwareVersion is { Length: > 0 } version ? version : "unknown", item.Record.InstallCounts ?? 0);
            })
            .ToList();
        return new InstallSnapshot(from, to, newest, week, trend);
    }

    /// <summary>A lookup of host version → build number from the version lists of the products of <paramref name="week"/>.</summary>
    public static async Task<Func<string, string, long?>> BuildLookupAsync(ProductVersions products, IReadOnlyList<HostInstall> week, CancellationToken cancellationToken)
    {
        var builds = new Dictionary<(string, string), long>();
        foreach (var product in week.Select(install => install.Product).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            foreach (var version in await products.ListedAsync(product, cancellationToken) ?? [])
            {
                if (version.VersionNumber is { } number)
                {
                    builds.TryAdd((product.ToLowerInvariant(), number), version.BuildNumber);
                }
            }
        }

        return (product, version) => builds.TryGetValue((product.ToLowerInvariant(), version), out var build) ? build : null;
    }
}
