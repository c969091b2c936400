using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// A step's decision. <see cref="Text"/> is the skip reason, or for a change the line for <c>Changes</c> (a dry run
/// prints it as "would …"). <see cref="Learned"/> is state found while deciding (kept even when the step skips).
/// <see cref="Details"/>, when set, are the change's lines for <c>Changes</c> in its place: one per field that differs.
/// </summary>
internal sealed record StepDecision(StepDecisionKind Kind, string Text, StepAction? Action, ReleaseState? Learned, string? Planned)
{
    public IReadOnlyList<string>? Details { get; init; }

    /// <summary>What a <see cref="StepDecisionKind.Change"/> does; null for the other kinds.</summary>
    public ChangeKind? ChangeKind { get; init; }

    /// <summary>The lines this decision adds to the result's <c>Changes</c> (a dry run prints each as "would …").</summary>
    public IReadOnlyList<string> ChangeLines => Details is { Count: > 0 } details ? details : [Text];

    public static StepDecision Skip(string reason, ReleaseState? learned = null) => new(StepDecisionKind.Skip, reason, null, learned, null);

    public static StepDecision Read(StepAction action) => new(StepDecisionKind.Read, string.Empty, action, null, null);

    /// <param name="kind">What the change does, e.g. <see cref="ChangeKind.NewVersion"/>: the release's status is worked out from it.</param>
    /// <param name="change">What changes, e.g. <c>create version 1.4.0 (build 100)</c>: a line of the result's <c>Changes</c>.</param>
    /// <param name="planned">The step's line in a dry run; by default <c>dry run: would {change}</c>.</param>
    /// <param name="details">The change field by field (<c>change appListing.summary: 'a' → 'b'</c>), listed in <c>Changes</c> instead of <paramref name="change"/>.</param>
    public static StepDecision Change(ChangeKind kind, string change, StepAction action, string? planned = null, ReleaseState? learned = null, IReadOnlyList<string>? details = null) =>
        new(StepDecisionKind.Change, change, action, learned, planned) { Details = details, ChangeKind = kind };

    public static StepDecision Check(StepAction action) => new(StepDecisionKind.Check, string.Empty, action, null, null);
}
