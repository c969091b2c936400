namespace Marketplace.Release.Api.Models;

/// <summary>One filter: <c>{"fieldName": "APP_KEY", "oneFilter": {"stringFilter": {"matchType": "EXACT", "value": …}}}</c>.</summary>
internal sealed record MetricFilter(MetricAttributeName FieldName, MetricOneFilter OneFilter);
