namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>One line of docs/reliability.md: a case of a section and what happened.</summary>
internal sealed record ReportRow(string Section, string Case, string Outcome, bool Consistent);
