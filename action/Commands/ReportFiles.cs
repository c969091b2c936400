namespace Marketplace.Release.Cli.Commands;

/// <summary>What a report covers and where it goes besides standard output: <c>--weeks</c>, <c>--output</c>, <c>--json</c>.</summary>
internal sealed record ReportFiles(int Weeks, string? Output, string? Json);
