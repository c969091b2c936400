namespace Marketplace.Release.Api.Models;

internal sealed record Changelog(string? ReleaseSummary, string? ReleaseNotes);
