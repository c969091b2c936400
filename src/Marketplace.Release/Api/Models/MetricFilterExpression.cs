namespace Marketplace.Release.Api.Models;

/// <summary>
/// A filter expression (OpenAPI <c>ReportingMetricTimeSeriesRequestFilterExpression</c>): exactly one of
/// <see cref="AndGroup"/> and <see cref="Filter"/> is set (the others of the schema are not used here).
/// </summary>
internal sealed record MetricFilterExpression
{
    public IReadOnlyList<MetricFilterExpression>? AndGroup { get; init; }

    public MetricFilter? Filter { get; init; }
}
