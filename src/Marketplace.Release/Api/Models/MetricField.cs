namespace Marketplace.Release.Api.Models;

/// <summary>One requested metric field: <c>{"name": "INSTALL_COUNT"}</c>.</summary>
internal sealed record MetricField(MetricFieldName Name);
