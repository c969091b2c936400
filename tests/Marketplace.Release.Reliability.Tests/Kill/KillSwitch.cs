using Marketplace.Release.Reliability.Tests.Faults;
using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Reliability.Tests.Kill;

/// <summary>
/// The sandbox hook that tells when a kill point is reached: the n-th request matching <see cref="MatrixRequest"/>
/// (n = its <c>After</c>) has arrived (and is then held until the client is gone, so the kill happens while the
/// client waits for this answer) or its response has been sent.
/// </summary>
internal sealed class KillSwitch(MatrixRequest target, SandboxRequestPhase phase, bool armed = true)
{
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int seen;
    private long targetSequence = -1;
    private bool armed = armed;

    public Task Reached => reached.Task;

    /// <summary>Starts matching (a test that first prepares the state unarmed).</summary>
    public void Arm() => Volatile.Write(ref armed, true);

    /// <summary>After the kill: later requests (the re-run's) pass untouched.</summary>
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
