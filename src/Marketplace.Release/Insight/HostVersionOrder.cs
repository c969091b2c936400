namespace Marketplace.Release.Insight;

/// <summary>Orders version numbers part by part as numbers (<c>9.12.0</c> before <c>10.0.0</c>), text parts as text.</summary>
internal sealed class HostVersionOrder : IComparer<string>
{
    public static HostVersionOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = (x ?? string.Empty).Split('.', '-');
        var right = (y ?? string.Empty).Split('.', '-');
        for (var index = 0; index < Math.Max(left.Length, right.Length); index++)
        {
            var a = index < left.Length ? left[index] : "0";
            var b = index < right.Length ? right[index] : "0";
            var order = long.TryParse(a, out var numberA) && long.TryParse(b, out var numberB)
                ? numberA.CompareTo(numberB)
                : string.CompareOrdinal(a, b);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
