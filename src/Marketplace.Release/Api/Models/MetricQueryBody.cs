namespace Marketplace.Release.Api.Models;

/// <summary>
/// The body of <c>POST /rest/3/partner-metrics/developer-space/{developerId}</c>, field for field as the OpenAPI names
/// them (<c>ReportingMetricTimeSeriesRequestBody</c>): note <c>attributeFilter</c>, not the <c>attributesFilter</c> of
/// the reference's prose examples.
/// </summary>
internal sealed record MetricQueryBody(
    IReadOnlyList<MetricAttribute> Attributes,
    MetricSelection Metrics,
    MetricDateRange DateRange,
    MetricGranularity Granularity,
    MetricAttributeFilter AttributeFilter);
