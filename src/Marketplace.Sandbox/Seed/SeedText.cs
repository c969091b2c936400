using System.Globalization;

namespace Marketplace.Sandbox.Seed;

/// <summary>Durations ("2s", "500ms", "1m", "1h", a bare number is seconds) and sizes ("250MiB"; K/M/G are 1024-based).</summary>
internal static class SeedText
{
    public static TimeSpan Duration(string text, string what)
    {
        text = text.Trim();
        (string Suffix, double Unit)[] units = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)];
        foreach (var (suffix, unit) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
            {
                return TimeSpan.FromMilliseconds(value * unit);
            }
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new FormatException($"'{text}' is not a duration for {what} (e.g. 2s, 500ms, 1m)");
    }

    public static long Size(string text, string what)
    {
        text = text.Trim();
        (string Suffix, long Unit)[] units = [("KiB", 1L << 10), ("MiB", 1L << 20), ("GiB", 1L << 30), ("KB", 1L << 10), ("MB", 1L << 20), ("GB", 1L << 30), ("B", 1)];
        foreach (var (suffix, unit) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && long.TryParse(text[..^suffix.Length].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value * unit;
            }
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
            ? bytes
            : throw new FormatException($"'{text}' is not a size for {what} (e.g. 262144000 or 250MiB)");
    }
}
