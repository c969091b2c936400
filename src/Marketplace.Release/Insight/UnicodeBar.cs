namespace Marketplace.Release.Insight;

/// <summary>
/// A horizontal bar of Unicode block characters (eighths of a cell), so a chart renders in every terminal, log,
/// GitHub step summary and Bitbucket log without images.
/// </summary>
internal static class UnicodeBar
{
    public const int Width = 24;
    private static readonly string[] Eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

    /// <summary>The bar of <paramref name="value"/> on a scale where <paramref name="max"/> fills <see cref="Width"/> cells; a non-zero value shows at least a sliver.</summary>
    public static string Of(long value, long max)
    {
        if (value <= 0 || max <= 0)
        {
            return string.Empty;
        }

        var eighths = (int)Math.Max(1, Math.Round(value * Width * 8.0 / max));
        return new string('█', eighths / 8) + Eighths[eighths % 8];
    }
}
