using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Tests.Pipeline;

/// <summary>A step whose decision the test writes; counts how often its work ran.</summary>
internal sealed class ScriptedStep(string name, Func<ReleaseState, StepAction, StepDecision> decide, Func<ReleaseState, CancellationToken, Task<StepEffect>>? work = null) : IReleaseStep
{
    public string Name => name;

    public int Runs { get; private set; }

    public string? Tolerated { get; init; }

    /// <summary>What the state looked like when the step decided.</summary>
    public ReleaseState? Seen { get; private set; }

    public string? ToleratedFailure(ReleaseRun run) => Tolerated;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        Seen = state;
        return Task.FromResult(decide(state, async token =>
        {
            Runs++;
            return work is null ? new StepEffect(state, $"{name} done") : await work(state, token);
        }));
    }
}
