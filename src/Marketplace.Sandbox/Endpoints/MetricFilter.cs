using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// The <c>attributeFilter.expr</c> of a partner-metrics query (OpenAPI <c>ReportingMetricTimeSeriesRequestFilterExpression</c>):
/// exactly one of <c>andGroup</c>, <c>orGroup</c> (lists of expressions), <c>notExpression</c>, or <c>filter</c>
/// (<c>{fieldName, oneFilter: {stringFilter: {matchType?: EXACT, value}} | {inListFilter: {values}}}</c>), parsed into
/// a predicate over a record's attribute values. Any other shape is a 400 naming its JSON path.
/// </summary>
internal static class MetricFilter
{
    /// <param name="fields">The filter field names met, so the query can require each among its attributes.</param>
    public static Func<Func<string, string?>, bool> Parse(JsonNode? node, string path, ISet<string> fields)
    {
        if (node is not JsonObject expression || expression.Count != 1)
        {
            throw Invalid(path, "is an object with exactly one of andGroup, orGroup, notExpression, filter");
        }

        var (key, value) = expression.First();
        switch (key)
        {
            case "andGroup":
            case "orGroup":
                if (value is not JsonArray { Count: > 0 } group)
                {
                    throw Invalid($"{path}.{key}", "is a non-empty list of filter expressions");
                }

                var parts = group.Select((item, index) => Parse(item, $"{path}.{key}[{index}]", fields)).ToList();
                return key == "andGroup" ? record => parts.All(part => part(record)) : record => parts.Any(part => part(record));
            case "notExpression":
                var inner = Parse(value, $"{path}.notExpression", fields);
                return record => !inner(record);
            case "filter":
                return ParseFilter(value, $"{path}.filter", fields);
            default:
                throw Invalid($"{path}.{key}", "is not a filter expression (andGroup, orGroup, notExpression, filter)");
        }
    }

    private static Func<Func<string, string?>, bool> ParseFilter(JsonNode? node, string path, ISet<string> fields)
    {
        if (node is not JsonObject filter)
        {
            throw Invalid(path, "is an object {fieldName, oneFilter}");
        }

        Unknown(filter, path, "fieldName", "oneFilter");
        var field = JsonRead.String(filter["fieldName"]) ?? throw Invalid($"{path}.fieldName", "is required");
        if (!MetricQuery.AttributeNames.Contains(field))
        {
            throw Invalid($"{path}.fieldName", $"'{field}' is not one of {string.Join(", ", MetricQuery.AttributeNames)}");
        }

        fields.Add(field);
        if (filter["oneFilter"] is not JsonObject { Count: 1 } oneFilter)
        {
            throw Invalid($"{path}.oneFilter", "is an object with exactly one of stringFilter, inListFilter");
        }

        var (kind, body) = oneFilter.First();
        if (kind == "stringFilter" && body is JsonObject stringFilter)
        {
            Unknown(stringFilter, $"{path}.oneFilter.stringFilter", "matchType", "value");
            if (stringFilter["matchType"] is { } matchType && JsonRead.String(matchType) != "EXACT")
            {
                throw Invalid($"{path}.oneFilter.stringFilter.matchType", "is EXACT");
            }

            var expected = JsonRead.String(stringFilter["value"]) ?? throw Invalid($"{path}.oneFilter.stringFilter.value", "is a required string");
            return record => string.Equals(record(field), expected, StringComparison.OrdinalIgnoreCase);
        }

        if (kind == "inListFilter" && body is JsonObject inList)
        {
            Unknown(inList, $"{path}.oneFilter.inListFilter", "values");
            if (inList["values"] is not JsonArray values || values.Any(item => JsonRead.String(item) is null))
            {
                throw Invalid($"{path}.oneFilter.inListFilter.values", "is a list of strings");
            }

            var allowed = values.Select(item => JsonRead.String(item)!).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return record => record(field) is { } actual && allowed.Contains(actual);
        }

        throw Invalid($"{path}.oneFilter.{kind}", "is stringFilter {matchType?, value} or inListFilter {values}");
    }

    public static void Unknown(JsonObject body, string path, params string[] known)
    {
        foreach (var (key, _) in body)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                throw Invalid(path.Length == 0 ? key : $"{path}.{key}", $"is not a field here (known: {string.Join(", ", known)})");
            }
        }
    }

    public static ApiProblem Invalid(string path, string message) =>
        ApiProblem.Validation("Invalid partner-metrics query", $"{path} {message}");
}
