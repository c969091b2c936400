using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Tests.Pipeline;

/// <summary>A <see cref="ScriptedStep"/> the loop may run beside others; its part of the state is what <paramref name="merge"/> takes.</summary>
internal sealed class SideBySideStep(string name, Func<ReleaseState, StepAction, StepDecision> decide, Func<ReleaseState, CancellationToken, Task<StepEffect>> work, Func<ReleaseState, ReleaseState, ReleaseState> merge)
    : ISideBySideStep
{
    private readonly ScriptedStep inner = new(name, decide, work);

    public string Name => name;

    public int Runs => inner.Runs;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) => inner.DecideAsync(run, state, cancellationToken);

    public ReleaseState Merge(ReleaseState into, ReleaseState own) => merge(into, own);
}
