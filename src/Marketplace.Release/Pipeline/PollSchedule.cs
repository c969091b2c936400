namespace Marketplace.Release.Pipeline;

/// <summary>
/// When to look again at a processing artifact. Two targets pull against each other: notice "processed" within
/// max(1 s, 10 % of the time it took), and make at most 40 requests over a 10-minute wait. A schedule that keeps
/// the first for every processing time needs about 53 looks in 10 minutes (after the first 10 s each gap may be
/// at most 10 % of the time waited, so 10 looks at 1 s, then ln(60)/ln(1.1) ≈ 43), so both cannot hold at once.
/// This one keeps the 1 s promise where most artifacts are (processed within 10 s), the request budget
/// (38 looks over 10 minutes), and 10 % again from 10 minutes on:
/// <list type="bullet">
///   <item>every <c>initial</c> (1 s) during the first <see cref="FastLooks"/> × <c>initial</c> (10 s);</item>
///   <item>then <see cref="Growth"/> (17 %) of the time waited so far: noticed within 17 % of the processing time;</item>
///   <item>never more than <c>max</c> (60 s) apart: within 10 % again for waits of 10 minutes and more.</item>
/// </list>
/// A <c>Retry-After</c> from the Marketplace wins when it asks for a longer pause (see <see cref="ArtifactPoller"/>).
/// </summary>
internal static class PollSchedule
{
    /// <summary>How many looks at <c>initial</c> spacing come first.</summary>
    public const int FastLooks = 10;

    /// <summary>After the fast looks, the next look comes this fraction of the time waited so far later.</summary>
    public const double Growth = 0.17;

    public static TimeSpan Next(TimeSpan waited, TimeSpan initial, TimeSpan max)
    {
        var delay = waited < initial * FastLooks ? initial : waited * Growth;
        delay = delay > initial ? delay : initial;
        return delay < max ? delay : max;
    }
}
