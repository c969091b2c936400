using System.Globalization;

namespace Marketplace.Release;

/// <summary>Sizes as people read them in progress lines and messages.</summary>
internal static class Megabytes
{
    public static string Format(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);
}
