using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>The match type of a string filter (OpenAPI <c>ReportingMetricTimeSeriesRequestMatchType</c>: only EXACT).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MetricMatchType>))]
internal enum MetricMatchType
{
    [JsonStringEnumMemberName("EXACT")]
    Exact,
}
