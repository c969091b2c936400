using Marketplace.Release.Reliability.Tests.Faults;
using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Reliability.Tests.Kill;

/// <summary>
/// The sandbox's request hook that finds a kill point: the n-th request matching <see cref="MatrixRequest"/>
/// (n = its <c>After</c>) on arrival (then held until the client is gone, so the kill comes while it waits for the
/// answer) or once its response was sent. <see cref="Reached"/> completes there; after that the hook is inert.
/// Created disarmed (<paramref name="armed"/> false), it counts nothing until <see cref="Arm"/>: requests of a
/// preparing run do not count.
/// </summary>
internal sealed class KillPointHook(MatrixRequest target, SandboxRequestPhase phase, bool armed = true)
{
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int seen;
    private long targetSequence = -1;
    private bool armed = armed;

    public Task Reached => reached.Task;

    public void Arm() => Volatile.Write(ref armed, true);

    /// <summary>Stops matching (e.g. before the re-run, which must not be held).</summary>
    public void Disarm() => Volatile.Write(ref armed, false);

    public async Task OnRequestAsync(SandboxRequestEvent request, CancellationToken aborted)
    {
        if (!Volatile.Read(ref armed) || !RequestPattern.Matches(target.Method, target.Path, request.Method, request.PathAndQuery))
        {
            return;
        }

        if (request.Phase == SandboxRequestPhase.Received)
        {
            // The n-th matching request (n = target.After) is the one; each is counted once, on arrival.
            if (Interlocked.Increment(ref seen) - 1 != target.After)
            {
                return;
            }

            Volatile.Write(ref targetSequence, request.Sequence);
            if (phase == SandboxRequestPhase.Received)
            {
                Disarm();
                reached.TrySetResult();

                // Hold the request until the client is gone: the kill happens while it waits for this answer.
                try
                {
                    await Task.Delay(Timeout.Infinite, aborted);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
        else if (request.Sequence == Volatile.Read(ref targetSequence))
        {
            Disarm();
            reached.TrySetResult();
        }
    }
}
