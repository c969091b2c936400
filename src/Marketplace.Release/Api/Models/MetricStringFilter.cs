namespace Marketplace.Release.Api.Models;

/// <summary>A string filter: the attribute equals <see cref="Value"/>.</summary>
internal sealed record MetricStringFilter(MetricMatchType MatchType, string Value);
