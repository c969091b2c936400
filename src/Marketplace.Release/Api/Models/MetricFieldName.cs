using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>The metric fields the release asks for (OpenAPI <c>ReportingMetricTimeSeriesRequestMetrics.metricFields[].name</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MetricFieldName>))]
internal enum MetricFieldName
{
    /// <summary>Active installs of the app (metric set <c>DISTRIBUTIONS</c>).</summary>
    [JsonStringEnumMemberName("INSTALL_COUNT")]
    InstallCount,
}
