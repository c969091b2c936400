namespace Marketplace.Release.Api.Models;

/// <summary>The <c>metrics</c> object: <c>{"metricFields": [{"name": "INSTALL_COUNT"}]}</c>.</summary>
internal sealed record MetricSelection(IReadOnlyList<MetricField> MetricFields);
