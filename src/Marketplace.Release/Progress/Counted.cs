using System.Globalization;

namespace Marketplace.Release.Progress;

/// <summary>
/// The one way a count is worded: <c>1 problem</c>, <c>3 problems</c>, <c>0 images</c>; an irregular plural is
/// given (<c>Counted.Of(2, "compatibility entry", "compatibility entries")</c>). Never "problem(s)".
/// </summary>
public static class Counted
{
    public static string Of(int count, string one) => Of(count, one, one + "s");

    public static string Of(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
