using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>
/// The attributes of a partner-metrics query the release asks for (OpenAPI <c>ReportingMetricTimeSeriesRequestAttributes</c>
/// and the filter's <c>fieldName</c>, which share one enum). The enum has no product id: the query selects the app by
/// <c>APP_KEY</c>, and a filter needs its attribute among the requested ones.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MetricAttributeName>))]
internal enum MetricAttributeName
{
    [JsonStringEnumMemberName("APP_KEY")]
    AppKey,

    [JsonStringEnumMemberName("PARENT_SOFTWARE")]
    ParentSoftware,

    [JsonStringEnumMemberName("PARENT_SOFTWARE_VERSION")]
    ParentSoftwareVersion,
}
