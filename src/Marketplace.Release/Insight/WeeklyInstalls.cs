namespace Marketplace.Release.Insight;

/// <summary>Total active installs in the week starting <see cref="Week"/> (a Monday).</summary>
public sealed record WeeklyInstalls(DateOnly Week, long Installs);
