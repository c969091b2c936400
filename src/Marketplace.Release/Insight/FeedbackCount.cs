namespace Marketplace.Release.Insight;

/// <summary>A feedback count under a name: an app version (<c>1.3.0</c>) or a reason (<c>bugs</c>).</summary>
public sealed record FeedbackCount(string Name, int Count);
