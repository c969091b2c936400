using Marketplace.Sandbox;

namespace Marketplace.Release.Cli.Tests.Fixtures;

/// <summary>
/// Shows that requests are in flight together, without clocks: the sandbox holds each request of the set as it
/// arrives until every member of the set has arrived. A client that sends them one after the other never gets there
/// (it waits for the first answer), so the round ends at the bound and is recorded as not met. Then the next round
/// begins. Members are told by <c>"METHOD path"</c>.
/// </summary>
internal sealed class Rendezvous(params Func<string, bool>[] members)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly Lock gate = new();
    private readonly bool[] arrived = new bool[members.Length];
    private TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>While false, requests pass untouched (e.g. the first publish before the re-run under test).</summary>
    public bool Armed { get; set; } = true;

    /// <summary>Each round: true when all members were held together.</summary>
    public List<bool> Rounds { get; } = [];

    public async Task OnRequestAsync(SandboxRequestEvent request, CancellationToken cancellationToken)
    {
        if (!Armed || request.Phase != SandboxRequestPhase.Received)
        {
            return;
        }

        var what = $"{request.Method} {request.PathAndQuery}";
        var member = Array.FindIndex(members, matches => matches(what));
        if (member < 0)
        {
            return;
        }

        TaskCompletionSource round;
        lock (gate)
        {
            arrived[member] = true;
            round = all;
            if (arrived.All(a => a))
            {
                Rounds.Add(true);
                Array.Clear(arrived);
                all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                round.SetResult();
                return;
            }
        }

        if (await Task.WhenAny(round.Task, Task.Delay(Bound, cancellationToken)) != round.Task)
        {
            lock (gate)
            {
                if (all == round)
                {
                    Rounds.Add(false);
                    Array.Clear(arrived);
                    all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        }
    }
}
