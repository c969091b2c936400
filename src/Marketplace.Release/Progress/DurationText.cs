using System.Globalization;

namespace Marketplace.Release.Progress;

/// <summary>
/// The one way a duration is written, in step lines, progress lines, summaries and failures alike: <c>312 ms</c>
/// under a second, <c>4.2 s</c> (one decimal where it says something: <c>45 s</c>) under a minute, then
/// <c>3 min 20 s</c> and <c>2 h 5 min</c> (a zero part left out: <c>3 min</c>, <c>2 h</c>). Each form rounds
/// first, so a duration just under a boundary reads as the larger unit (<c>59.96 s</c> is <c>1 min</c>).
/// </summary>
internal static class DurationText
{
    public static string Format(TimeSpan span)
    {
        var milliseconds = Math.Round(Math.Max(span.TotalMilliseconds, 0));
        if (milliseconds < 1000)
        {
            return Invariant($"{milliseconds:0} ms");
        }

        var tenths = Math.Round(milliseconds / 1000, 1);
        if (tenths < 60)
        {
            return Invariant($"{tenths:0.#} s");
        }

        var seconds = (long)Math.Round(milliseconds / 1000);
        if (seconds < 3600)
        {
            return Parts(seconds / 60, "min", seconds % 60, "s");
        }

        var minutes = (long)Math.Round(milliseconds / 60000);
        return Parts(minutes / 60, "h", minutes % 60, "min");
    }

    private static string Parts(long whole, string unit, long rest, string restUnit) =>
        rest == 0 ? Invariant($"{whole} {unit}") : Invariant($"{whole} {unit} {rest} {restUnit}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
