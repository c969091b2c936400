using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// A partner-metrics query (OpenAPI <c>ReportingMetricTimeSeriesRequestBody</c>: <c>attributes</c>, <c>metrics</c>,
/// <c>dateRange</c>, <c>sortByList</c>, <c>granularity</c>, <c>attributeFilter</c>), checked field by field: an unknown
/// field (e.g. <c>attributesFilter</c>, the spelling of the reference's prose examples), a name outside its enum, or a
/// filter on an attribute the query does not request is a 400 naming the field. [ours] The sandbox serves the
/// <c>INSTALL_COUNT</c> metric by <c>APP_KEY</c>, <c>PARENT_SOFTWARE</c> and <c>PARENT_SOFTWARE_VERSION</c> at
/// <c>WEEK</c> granularity; other valid names are refused as not served.
/// </summary>
internal sealed record MetricQuery(
    IReadOnlySet<string> Attributes, DateOnly? StartDate, DateOnly? EndDate, Func<Func<string, string?>, bool> Filter)
{
    public static readonly string[] AttributeNames =
    [
        "APP_KEY", "APP_NAME", "GRACE_PERIOD_IN_DAYS", "SUBSCRIPTION", "APP_VERSION", "APP_VERSION_TYPE", "PARENT_SOFTWARE",
        "PARENT_SOFTWARE_VERSION", "PARENT_SOFTWARE_MAJOR_VERSION", "PARENT_SOFTWARE_MINOR_VERSION", "HOSTING", "PARENT_PRODUCT",
        "PRODUCT_TYPE", "PARENT_PRODUCT_TENURE_LEVEL", "PARENT_PRODUCT_EDITION", "PARENT_PRODUCT_UNIT_COUNT", "LICENSE_STATUS",
        "LICENSE_TYPE", "PRODUCT_STATE", "PROSPECT_TYPE",
    ];

    private static readonly string[] MetricFieldNames =
    [
        "OPENING_MRR", "NEW_MRR", "EXPANSION_MRR", "CONTRACTION_MRR", "REACTIVATED_MRR", "EXPIRED_MRR", "CLOSING_MRR", "ARR",
        "INSTALL_COUNT", "USER_COUNT", "PROSPECT", "D1_D6_AI", "AVERAGE_CHURN_DAY", "DOWNLOAD_COUNT", "LIFETIME_GMV",
        "NON_HARMONISED_FORGE_VERSIONS_LIFETIME_GMV", "STANDARD_FORGE_VERSIONS_LIFETIME_GMV",
    ];

    private static readonly string[] MetricSetNames = ["RECURRING_REVENUE", "DISTRIBUTIONS", "FUNNEL_INSIGHTS", "DOWNLOADS", "GMV"];
    private static readonly string[] Granularities = ["YEAR", "MONTH", "WEEK", "DAY"];
    private static readonly string[] ServedAttributes = ["APP_KEY", "PARENT_SOFTWARE", "PARENT_SOFTWARE_VERSION"];

    public static MetricQuery Parse(JsonObject body, DateOnly today)
    {
        MetricFilter.Unknown(body, string.Empty, "attributes", "metrics", "dateRange", "sortByList", "granularity", "attributeFilter");
        var granularity = JsonRead.String(body["granularity"]);
        if (granularity is not null && !Granularities.Contains(granularity, StringComparer.Ordinal))
        {
            throw MetricFilter.Invalid("granularity", $"'{granularity}' is not one of {string.Join(", ", Granularities)}");
        }

        if (granularity != "WEEK")
        {
            throw MetricFilter.Invalid("granularity", "[sandbox] only WEEK is served");
        }

        var attributes = Names(body["attributes"], "attributes", AttributeNames);
        if (attributes.FirstOrDefault(name => !ServedAttributes.Contains(name, StringComparer.Ordinal)) is { } unserved)
        {
            throw MetricFilter.Invalid("attributes", $"[sandbox] '{unserved}' is not served (served: {string.Join(", ", ServedAttributes)})");
        }

        ParseMetrics(body["metrics"]);
        var (start, end) = ParseDateRange(body["dateRange"], today);
        if (body["sortByList"] is { } sort && sort is not JsonArray)
        {
            throw MetricFilter.Invalid("sortByList", "is a list of {name, order}");
        }

        var filter = (Func<Func<string, string?>, bool>)(_ => true);
        if (body["attributeFilter"] is { } attributeFilter)
        {
            if (attributeFilter is not JsonObject filterObject)
            {
                throw MetricFilter.Invalid("attributeFilter", "is an object {expr}");
            }

            MetricFilter.Unknown(filterObject, "attributeFilter", "expr");
            var fields = new HashSet<string>(StringComparer.Ordinal);
            filter = MetricFilter.Parse(filterObject["expr"], "attributeFilter.expr", fields);
            if (fields.FirstOrDefault(field => !attributes.Contains(field)) is { } missing)
            {
                throw MetricFilter.Invalid("attributeFilter", $"filters on {missing}, which is not among the requested attributes (a filter needs its attribute)");
            }
        }

        return new MetricQuery(attributes, start, end, filter);
    }

    private static HashSet<string> Names(JsonNode? node, string path, string[] allowed)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (node is null)
        {
            return names;
        }

        if (node is not JsonArray items)
        {
            throw MetricFilter.Invalid(path, "is a list of {name}");
        }

        for (var index = 0; index < items.Count; index++)
        {
            if (items[index] is not JsonObject item)
            {
                throw MetricFilter.Invalid($"{path}[{index}]", "is an object {name}");
            }

            MetricFilter.Unknown(item, $"{path}[{index}]", "name");
            var name = JsonRead.String(item["name"]);
            if (name is null || !allowed.Contains(name, StringComparer.Ordinal))
            {
                throw MetricFilter.Invalid($"{path}[{index}].name", $"'{name}' is not one of {string.Join(", ", allowed)}");
            }

            names.Add(name);
        }

        return names;
    }

    private static void ParseMetrics(JsonNode? node)
    {
        if (node is not JsonObject metrics)
        {
            throw MetricFilter.Invalid("metrics", "is a required object {metricSets?, metricFields?}");
        }

        MetricFilter.Unknown(metrics, "metrics", "metricSets", "metricFields");
        var sets = Names(metrics["metricSets"], "metrics.metricSets", MetricSetNames);
        var fields = Names(metrics["metricFields"], "metrics.metricFields", MetricFieldNames);
        if (sets.Count + fields.Count == 0)
        {
            throw MetricFilter.Invalid("metrics", "needs at least one of metricFields or metricSets");
        }

        if (sets.Count > 0 || fields.Any(field => field != "INSTALL_COUNT"))
        {
            throw MetricFilter.Invalid("metrics", "[sandbox] only metricFields INSTALL_COUNT is served");
        }
    }

    private static (DateOnly? Start, DateOnly? End) ParseDateRange(JsonNode? node, DateOnly today)
    {
        if (node is null)
        {
            return (null, null);
        }

        if (node is not JsonObject range)
        {
            throw MetricFilter.Invalid("dateRange", "is an object {startDate, endDate}");
        }

        MetricFilter.Unknown(range, "dateRange", "startDate", "endDate");
        var start = Date(range["startDate"], "dateRange.startDate");
        var end = Date(range["endDate"], "dateRange.endDate");
        if (end is { } last && last >= today)
        {
            throw MetricFilter.Invalid("dateRange.endDate", "must be before the current date for INSTALL_COUNT (DISTRIBUTIONS)");
        }

        return start > end ? throw MetricFilter.Invalid("dateRange", "startDate is after endDate") : (start, end);
    }

    private static DateOnly? Date(JsonNode? node, string path) =>
        node is null ? null
        : DateOnly.TryParseExact(JsonRead.String(node), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw MetricFilter.Invalid(path, "is a date yyyy-MM-dd");
}
