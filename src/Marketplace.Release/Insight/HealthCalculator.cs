using System.Globalization;
using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Insight;

/// <summary>
/// Counts feedback per app version and per reason over the report's weeks, and compares the newest released version's
/// feedback since its release with the previous version's over the same number of days before it.
/// </summary>
internal static class HealthCalculator
{
    /// <param name="released">The released versions, in any order; the newest by release date is the one compared.</param>
    public static ReleaseHealth Compute(IReadOnlyList<FeedbackEntry> feedback, IReadOnlyList<ReleasedVersion> released, DateOnly from, DateOnly today)
    {
        var dated = feedback
            .Select(entry => (Version: entry.AddonVersion!, Reason: entry.ReasonKey is { Length: > 0 } key ? key : entry.Reason ?? "unknown",
                Date: DateOnly.ParseExact(entry.Date!, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();
        var inRange = dated.Where(entry => entry.Date >= from).ToList();
        var byVersion = inRange.GroupBy(entry => entry.Version, StringComparer.Ordinal)
            .Select(group => new FeedbackCount(group.Key, group.Count()))
            .OrderByDescending(count => count.Name, HostVersionOrder.Instance).ToList();
        var byReason = inRange.GroupBy(entry => entry.Reason, StringComparer.Ordinal)
            .Select(group => new FeedbackCount(group.Key, group.Count()))
            .OrderByDescending(count => count.Count).ThenBy(count => count.Name, StringComparer.Ordinal).ToList();
        return new ReleaseHealth(inRange.Count, byVersion, byReason, Newest(dated, released, today));
    }

    /// <summary>The earliest day the comparison needs feedback from: the previous version's window before the newest release.</summary>
    public static DateOnly WindowStart(IReadOnlyList<ReleasedVersion> released, DateOnly today) =>
        released.MaxBy(version => version.Released) is { } newest
            ? newest.Released.AddDays(-(today.DayNumber - newest.Released.DayNumber))
            : today;

    private static NewestVersionHealth? Newest(List<(string Version, string Reason, DateOnly Date)> feedback, IReadOnlyList<ReleasedVersion> released, DateOnly today)
    {
        if (released.OrderByDescending(version => version.Released).ThenByDescending(version => version.Version, HostVersionOrder.Instance).FirstOrDefault() is not { } newest)
        {
            return null;
        }

        var days = Math.Max(0, today.DayNumber - newest.Released.DayNumber);
        var count = feedback.Count(entry => entry.Version == newest.Version && entry.Date >= newest.Released);

        // The previous version: the one released before it, else the newest older version that has feedback.
        var previous = released.Where(version => version.Released < newest.Released || HostVersionOrder.Instance.Compare(version.Version, newest.Version) < 0)
                .Where(version => version.Version != newest.Version)
                .OrderByDescending(version => version.Version, HostVersionOrder.Instance).Select(version => version.Version).FirstOrDefault()
            ?? feedback.Select(entry => entry.Version).Where(version => HostVersionOrder.Instance.Compare(version, newest.Version) < 0)
                .OrderByDescending(version => version, HostVersionOrder.Instance).FirstOrDefault();
        var windowStart = newest.Released.AddDays(-days);
        var previousCount = previous is null ? 0 : feedback.Count(entry => entry.Version == previous && entry.Date >= windowStart && entry.Date < newest.Released);
        return new NewestVersionHealth(newest.Version, newest.Released, days, count, previous, previousCount);
    }
}
