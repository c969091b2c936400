namespace Marketplace.Sandbox.State;

/// <summary>
/// What the Reporting endpoints serve: weekly installs per host version and uninstall/disable feedback, per app
/// of a developer space, and the accounts that lack the reporting permission. Part of <see cref="MarketplaceStore"/>
/// and guarded by its lock.
/// </summary>
internal sealed class ReportingStore
{
    public List<InstallEntry> Installs { get; } = [];

    public List<FeedbackEntry> Feedback { get; } = [];

    /// <summary>Account e-mails the Reporting endpoints answer 403 (a seed user's <c>reporting: false</c>).</summary>
    public HashSet<string> UsersWithoutReporting { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The Monday of the last full week before <paramref name="now"/>: the newest week the partner-metrics query can
    /// report (its end date must lie before today), the week a seed's <c>weeksAgo: 0</c> means.
    /// </summary>
    public static DateOnly LastFullWeek(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return monday.AddDays(-7);
    }
}
