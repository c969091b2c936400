using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>How a partner-metrics query buckets its results (OpenAPI <c>granularity</c>: YEAR | MONTH | WEEK | DAY).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MetricGranularity>))]
internal enum MetricGranularity
{
    [JsonStringEnumMemberName("YEAR")]
    Year,

    [JsonStringEnumMemberName("MONTH")]
    Month,

    [JsonStringEnumMemberName("WEEK")]
    Week,

    [JsonStringEnumMemberName("DAY")]
    Day,
}
