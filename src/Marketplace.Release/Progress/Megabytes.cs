using System.Globalization;

namespace Marketplace.Release.Progress;

/// <summary>
/// Sizes as people read them, the one megabyte format of every progress line and message (MB = 1,048,576 bytes):
/// one decimal where it says something (<c>12.5</c>), none where it is zero (<c>250</c>, not <c>250.0</c>), and a
/// file under 0.1 MB to its first significant digit (<c>0.04</c>, never <c>0.0</c>). <see cref="Text"/> writes the
/// unit; <see cref="Format"/> is the number alone, for a range that writes it once (<c>12.5 / 40 MB</c>).
/// </summary>
internal static class Megabytes
{
    private const double Bytes = 1048576.0;

    /// <summary>A size with its unit: <c>12.5 MB</c>.</summary>
    public static string Text(long bytes) => Format(bytes) + " MB";

    public static string Format(long bytes) => Format(bytes / Bytes);

    /// <summary>A transfer rate in MB/s, e.g. <c>38.2 MB/s</c>.</summary>
    public static string Rate(long bytes, TimeSpan elapsed) =>
        Format(bytes / Bytes / Math.Max(elapsed.TotalSeconds, 0.001)) + " MB/s";

    private static string Format(double megabytes)
    {
        if (megabytes > 0 && megabytes < 0.095)
        {
            var decimals = Math.Clamp(-(int)Math.Floor(Math.Log10(megabytes)), 2, 6);
            return Math.Round(megabytes, decimals).ToString("0.######", CultureInfo.InvariantCulture);
        }

        return megabytes.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
