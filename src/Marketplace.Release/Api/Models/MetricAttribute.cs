namespace Marketplace.Release.Api.Models;

/// <summary>One requested attribute: <c>{"name": "PARENT_SOFTWARE"}</c>.</summary>
internal sealed record MetricAttribute(MetricAttributeName Name);
