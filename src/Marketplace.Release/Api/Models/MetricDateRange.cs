namespace Marketplace.Release.Api.Models;

/// <summary>The <c>dateRange</c>: dates as <c>yyyy-MM-dd</c>; for installs the end date lies before today.</summary>
internal sealed record MetricDateRange(string StartDate, string EndDate);
