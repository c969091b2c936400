using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// Where the release loop left off (one target's run, before it becomes the <see cref="ReleaseResult"/>): the last state, each step's outcome, the changes made (or planned), and the failure if one
/// stopped it. <see cref="ChangeKinds"/> says what each change did, one per step that changed something, in order.
/// </summary>
internal sealed record LoopEnd(ReleaseState State, IReadOnlyList<StepRecord> Outcomes, IReadOnlyList<string> Changes, ReleaseFailure? Failure)
{
    public IReadOnlyList<ChangeKind> ChangeKinds { get; init; } = [];
}
