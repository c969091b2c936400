using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// Where the loop left off: the last state, each step's outcome, the changes made (or planned), and the failure if one
/// stopped it. <see cref="ChangedSteps"/> names the step of each change, in the same order.
/// </summary>
internal sealed record ReleaseLoopResult(ReleaseState State, IReadOnlyList<StepOutcome> Outcomes, IReadOnlyList<string> Changes, ReleaseFailure? Failure)
{
    public IReadOnlyList<string> ChangedSteps { get; init; } = [];
}
