namespace Marketplace.Release.Api.Models;

/// <summary>The answer of the partner-metrics query (OpenAPI <c>Report_FetchMetricTimeSeries</c>): <c>{"records": […]}</c>.</summary>
internal sealed record MetricTimeSeries(IReadOnlyList<InstallRecord>? Records);
