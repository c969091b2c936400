namespace Marketplace.Release.Insight;

/// <summary>The installs of a report's weeks: the newest week's per host version, and the weekly totals.</summary>
internal sealed record InstallSnapshot(DateOnly From, DateOnly To, DateOnly? NewestWeek, IReadOnlyList<HostInstall> NewestWeekInstalls, IReadOnlyList<WeeklyInstalls> Trend);
