using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// One step of docs/marketplace-api.md § Pipeline, as a pipe: from the live state it decides whether it has work (and what that work would
/// change); the engine loop then skips it, records it as a dry run's "would …", or runs it. A step never
/// catches API errors, never asks whether this is a dry run, and never calls another step: it reads and hands on
/// <see cref="ReleaseState"/>.
/// </summary>
internal interface IReleaseStep
{
    /// <summary>The name in logs, summaries and the result file (<see cref="StepNames"/>).</summary>
    string Name { get; }

    /// <summary>False when the step has no place in this plan at all (then it is not listed in the result, not even as skipped).</summary>
    bool AppliesTo(ReleasePlan plan) => true;

    /// <summary>
    /// Reads what it needs (only reads: this runs in a dry run too) and says what the step would do. May throw a
    /// <see cref="Failures.ReleaseFailedException"/>, or let a client error through for the engine to explain.
    /// </summary>
    Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken);

    /// <summary>
    /// When not null, a failure of this step does not fail the release: the engine prints this warning (followed by
    /// the failure's line) and records the step as skipped.
    /// </summary>
    string? ToleratedFailure(ReleaseRun run) => null;
}
