using System.Globalization;
using System.Text.RegularExpressions;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// Version numbers and the build numbers computed from them (<c>build: from-version</c>).
/// <list type="bullet">
/// <item>A version is 1 to 4 dot-separated whole numbers, optionally followed by <c>-qualifier</c>
/// (letters, digits, dots, hyphens): <c>1.4.0</c>, <c>2.0</c>, <c>1.4.0.2</c>, <c>1.4.0-beta.1</c>.</item>
/// <item><c>from-version</c> = major*100000000 + minor*100000 + patch*100 + fourth, for <c>major.minor.patch</c> or
/// <c>major.minor.patch.fourth</c>, with minor and patch below 1000 and fourth below 100, so that no two versions
/// share a build number and build numbers grow with versions. A qualifier is refused: <c>1.4.0-beta.1</c> and
/// <c>1.4.0</c> would get the same build number, so such versions need an explicit <c>build</c>.</item>
/// </list>
/// </summary>
internal static partial class VersionNumbers
{
    /// <summary>2^53 - 1: the largest build number every JSON reader keeps exactly.</summary>
    public const long MaxBuildNumber = 9_007_199_254_740_991;

    public static bool IsVersion(string text) => text.Length <= 100 && VersionPattern().IsMatch(text);

    /// <summary>The build number of <paramref name="version"/>, or null with the reason in <paramref name="problem"/>.</summary>
    public static long? BuildFromVersion(string version, out string? problem)
    {
        problem = null;
        var match = NumericVersionPattern().Match(version);
        if (!match.Success)
        {
            problem = version.Contains('-', StringComparison.Ordinal)
                ? "has a qualifier, which would give it the same build number as the release without it; give build: <whole number> instead of from-version"
                : "is not major.minor.patch (optionally with a fourth number); give build: <whole number> instead of from-version";
            return null;
        }

        var major = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minor = long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var patch = long.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        var fourth = match.Groups[4].Success ? long.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) : 0;
        if (minor >= 1000 || patch >= 1000)
        {
            problem = "has a minor or patch number of 1000 or more, which from-version cannot encode; give build: <whole number> instead";
            return null;
        }

        if (fourth >= 100)
        {
            problem = "has a fourth number of 100 or more, which from-version cannot encode; give build: <whole number> instead";
            return null;
        }

        if (major > (MaxBuildNumber - 99_999_999) / 100_000_000)
        {
            problem = "has a major number too large for a build number; give build: <whole number> instead";
            return null;
        }

        return (major * 100_000_000) + (minor * 100_000) + (patch * 100) + fourth;
    }

    /// <summary>The numeric parts of a version, for comparing compatibility bounds; the qualifier is ignored.</summary>
    public static long[] NumericParts(string version)
    {
        var numbers = version.Split('-', 2)[0].Split('.');
        return numbers.Select(part => long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0).ToArray();
    }

    public static int Compare(string left, string right)
    {
        var a = NumericParts(left);
        var b = NumericParts(right);
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var difference = (i < a.Length ? a[i] : 0).CompareTo(i < b.Length ? b[i] : 0);
            if (difference != 0)
            {
                return difference;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^[0-9]{1,9}(\.[0-9]{1,9}){0,3}(-[0-9A-Za-z][0-9A-Za-z.-]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^([0-9]{1,9})\.([0-9]{1,9})\.([0-9]{1,9})(?:\.([0-9]{1,9}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericVersionPattern();
}
