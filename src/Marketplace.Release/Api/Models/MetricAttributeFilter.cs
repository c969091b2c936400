namespace Marketplace.Release.Api.Models;

/// <summary>The <c>attributeFilter</c>: <c>{"expr": …}</c>.</summary>
internal sealed record MetricAttributeFilter(MetricFilterExpression Expr);
