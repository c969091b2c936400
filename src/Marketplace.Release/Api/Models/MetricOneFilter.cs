namespace Marketplace.Release.Api.Models;

/// <summary>The <c>oneFilter</c> object, here always a string filter.</summary>
internal sealed record MetricOneFilter(MetricStringFilter StringFilter);
