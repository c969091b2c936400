using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Running;

/// <summary>
/// A release checked before the first request: either ready to run (plan, options, the opening line) or failed
/// with its result (and, for an invalid manifest, the diagnostics to report).
/// </summary>
public sealed record ReleasePreparation
{
    public ReleasePlan? Plan { get; init; }

    public ReleaseOptions? Options { get; init; }

    /// <summary>"Publishing …" or "Planning …": the line a front end prints before the run.</summary>
    public string? OpeningLine { get; init; }

    /// <summary>The manifest's problems; empty when it is valid or was not read.</summary>
    public IReadOnlyList<ManifestDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>The failed result when the release cannot start; nothing was sent.</summary>
    public ReleaseResult? Failure { get; init; }
}
