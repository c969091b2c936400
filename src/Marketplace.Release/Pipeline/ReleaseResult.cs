using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Pipeline;

/// <summary>What a release did, as written to the result file (docs/marketplace-api.md § Result file) and the front ends' outputs.</summary>
public sealed record ReleaseResult
{
    public required ReleaseStatus Status { get; init; }

    public required int ExitCode { get; init; }

    public string? AppKey { get; init; }

    public string? Hosting { get; init; }

    public string? AppSoftwareId { get; init; }

    public string? ArtifactId { get; init; }

    public long? BuildNumber { get; init; }

    public string? VersionNumber { get; init; }

    /// <summary><c>PUBLIC</c> or <c>PRIVATE</c> as last read.</summary>
    public string? ListingState { get; init; }

    public string? ApprovalStatus { get; init; }

    public string? VersionUrl { get; init; }

    public IReadOnlyList<StepRecord> Steps { get; init; } = [];

    /// <summary>What would change (dry run) or what changed, one line each.</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <summary>The failure's one line (cause and fix), when <see cref="Status"/> is <see cref="ReleaseStatus.Failed"/>.</summary>
    public string? Error { get; init; }

    /// <summary>The Marketplace's own error text, when it sent one.</summary>
    public string? MarketplaceError { get; init; }

    /// <summary>
    /// With <c>targets:</c>, each target run, in order (a target not attempted after a failure is absent); the
    /// top-level status and exit code are the run's, the other top-level fields the last target run's. Null (and absent
    /// from the result file) for a manifest without targets.
    /// </summary>
    public IReadOnlyList<TargetResult>? Targets { get; init; }

    /// <summary>Every problem of an invalid manifest (file, line, column, message); absent otherwise.</summary>
    public IReadOnlyList<ManifestDiagnostic>? Diagnostics { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public ReleaseFailure? Failure { get; init; }
}
