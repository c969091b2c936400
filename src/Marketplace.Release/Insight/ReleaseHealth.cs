namespace Marketplace.Release.Insight;

/// <summary>
/// Uninstall and disable feedback over the report's weeks: the total, counts per app version and per reason (most
/// first), and the newest released version against the previous one over windows of the same length.
/// </summary>
public sealed record ReleaseHealth(int Total, IReadOnlyList<FeedbackCount> ByVersion, IReadOnlyList<FeedbackCount> ByReason, NewestVersionHealth? Newest);
