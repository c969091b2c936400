using System.Globalization;

namespace Marketplace.Release.Pipeline;

/// <summary>A wait as progress lines and failures show it: <c>45 s</c>, <c>3 min 20 s</c>, <c>2 h 5 min</c>.</summary>
internal static class DurationText
{
    public static string Format(TimeSpan span) => span switch
    {
        { TotalHours: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min"),
        { TotalMinutes: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min {span.Seconds} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0} s"),
    };
}
