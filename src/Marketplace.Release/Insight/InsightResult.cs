using Marketplace.Release.Failures;

namespace Marketplace.Release.Insight;

/// <summary>What <see cref="ReleaseInsight.ReportAsync"/> produced: the report and its Markdown, or the failure and its exit code.</summary>
public sealed record InsightResult
{
    /// <summary>0 with a report (no data is a note, not a failure); else the exit code of the failure.</summary>
    public required int ExitCode { get; init; }

    public InsightReport? Report { get; init; }

    /// <summary>The report as Markdown (tables with Unicode bar charts); empty on failure.</summary>
    public string Markdown { get; init; } = string.Empty;

    public ReleaseFailure? Failure { get; init; }

    /// <summary>The report as the JSON of <c>--json</c>; null on failure.</summary>
    public string? Json => Report is null ? null : System.Text.Json.JsonSerializer.Serialize(Report, InsightJsonContext.Default.InsightReport);
}
