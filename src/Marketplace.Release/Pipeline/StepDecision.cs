using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// A step's decision. <see cref="Text"/> is the skip reason, or for a change the line for <c>Changes</c> (a dry run
/// prints it as "would …"). <see cref="Learned"/> is state found while deciding (kept even when the step skips).
/// </summary>
internal sealed record StepDecision(StepDecisionKind Kind, string Text, StepAction? Action, ReleaseState? Learned, string? Planned)
{
    public static StepDecision Skip(string reason, ReleaseState? learned = null) => new(StepDecisionKind.Skip, reason, null, learned, null);

    public static StepDecision Read(StepAction action) => new(StepDecisionKind.Read, string.Empty, action, null, null);

    /// <param name="change">What changes, e.g. <c>create version 1.4.0 (build 100)</c>: a line of the result's <c>Changes</c>.</param>
    /// <param name="planned">The step's line in a dry run; by default <c>dry run: would {change}</c>.</param>
    public static StepDecision Change(string change, StepAction action, string? planned = null, ReleaseState? learned = null) =>
        new(StepDecisionKind.Change, change, action, learned, planned);

    public static StepDecision Check(StepAction action) => new(StepDecisionKind.Check, string.Empty, action, null, null);
}
