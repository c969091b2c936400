namespace Marketplace.Release.Pipeline;

/// <summary>
/// One target of a release with <c>targets:</c>, as the result file's <c>targets</c> array holds it (docs/manifest.md):
/// the same fields as a single-target result, for this target's version.
/// </summary>
public sealed record TargetResult
{
    public required string Name { get; init; }

    public required ReleaseStatus Status { get; init; }

    public required int ExitCode { get; init; }

    public string? Hosting { get; init; }

    public string? AppSoftwareId { get; init; }

    public string? ArtifactId { get; init; }

    public long? BuildNumber { get; init; }

    public string? VersionNumber { get; init; }

    public string? ListingState { get; init; }

    public string? ApprovalStatus { get; init; }

    public string? VersionUrl { get; init; }

    public IReadOnlyList<StepRecord> Steps { get; init; } = [];

    /// <summary>The target's part of a run's result.</summary>
    public static TargetResult From(string name, ReleaseResult result) => new()
    {
        Name = name,
        Status = result.Status,
        ExitCode = result.ExitCode,
        Hosting = result.Hosting,
        AppSoftwareId = result.AppSoftwareId,
        ArtifactId = result.ArtifactId,
        BuildNumber = result.BuildNumber,
        VersionNumber = result.VersionNumber,
        ListingState = result.ListingState,
        ApprovalStatus = result.ApprovalStatus,
        VersionUrl = result.VersionUrl,
        Steps = result.Steps,
    };
}
