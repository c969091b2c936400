using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Release.Tests.Fixtures;

/// <summary>
/// A fake clock that tells the test when the code under test has started a timer. Once a timer is created it is
/// registered with the fake clock, so the code is provably parked on it: nothing it waits for happens until the test
/// advances the clock past the timer's due time. Tests wait for that instead of sleeping.
/// </summary>
internal sealed class TimerSignallingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> created = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        // Signalled only after the base has registered the timer: advancing the clock from here on fires it.
        created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>
    /// The due time of the next timer created that <paramref name="matches"/> (timers that do not match are skipped);
    /// bounded, so a timer that is never created fails the test instead of hanging it.
    /// </summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> matches, CancellationToken cancellationToken = default)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            var dueTime = await created.Reader.ReadAsync(bound.Token);
            if (matches(dueTime))
            {
                return dueTime;
            }
        }
    }
}
