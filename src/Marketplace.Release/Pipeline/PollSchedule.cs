namespace Marketplace.Release.Pipeline;

/// <summary>
/// When to look again at a processing artifact: quickly at first, then at 10 % of the time waited so far (so the
/// moment it is ready is noticed within max(initial, 10 %)), never less often than <c>max</c>.
/// </summary>
internal static class PollSchedule
{
    public static TimeSpan Next(TimeSpan waited, TimeSpan initial, TimeSpan max)
    {
        var proportional = waited / 10;
        var delay = proportional > initial ? proportional : initial;
        return delay < max ? delay : max;
    }
}
