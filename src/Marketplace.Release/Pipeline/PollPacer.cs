using Marketplace.Release.Progress;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// The pause between two looks of a wait (the artifact's processing, the version's review): the next gap from
/// <see cref="PollSchedule"/>, a longer <c>Retry-After</c> winning, never past the timeout, and a progress line at
/// most every <c>progressInterval</c>. One per wait; the wait decides when to stop, this only paces it. Polls wait,
/// they do not retry: a failed look is the client's to retry (<see cref="Resilience.RetryPolicy"/>).
/// </summary>
internal sealed class PollPacer(TimeProvider time, TimeSpan timeout, TimeSpan initialDelay, TimeSpan maxDelay, TimeSpan progressInterval, Action<string> progress)
{
    private readonly long started = time.GetTimestamp();
    private long lastProgress = time.GetTimestamp();

    /// <summary>How long the wait has lasted.</summary>
    public TimeSpan Waited => time.GetElapsedTime(started);

    /// <summary>Whether the wait has used up its timeout.</summary>
    public bool TimedOut => Waited >= timeout;

    /// <summary>Pauses until the next look, telling progress first when it is time to.</summary>
    /// <param name="waitingFor">What is awaited, e.g. <c>artifact 3c9d…</c> or <c>approval of version 1.4.0</c>.</param>
    /// <param name="shown">Where it stands, e.g. <c>status PROCESSING</c>.</param>
    public Task PauseAsync(string waitingFor, string shown, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var waited = Waited;
        var delay = PollSchedule.Next(waited, initialDelay, maxDelay);
        if (retryAfter > delay)
        {
            delay = retryAfter.Value;
        }

        if (waited + delay > timeout)
        {
            // Never a negative pause: on a real clock the timeout may pass between the wait's check and this line.
            delay = timeout > waited ? timeout - waited : TimeSpan.Zero;
        }

        if (time.GetElapsedTime(lastProgress) >= progressInterval)
        {
            lastProgress = time.GetTimestamp();
            progress($"waiting for {waitingFor}: {shown}, {DurationText.Format(waited)} so far (timeout {DurationText.Format(timeout)})");
        }

        return Task.Delay(delay, time, cancellationToken);
    }
}
