namespace Marketplace.Release.Manifest.Files;

/// <summary>
/// Matches one path segment against <c>*</c> (any run of characters) and <c>?</c> (one character). Written by hand
/// rather than as a regular expression: the greedy two-pointer match runs in linear-ish time on any input.
/// </summary>
internal static class WildcardPattern
{
    public static bool HasWildcards(string segment) => segment.AsSpan().IndexOfAny('*', '?') >= 0;

    public static bool IsMatch(string pattern, string name)
    {
        int p = 0, n = 0, starPattern = -1, starName = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starPattern = p++;
                starName = n;
            }
            else if (starPattern >= 0)
            {
                p = starPattern + 1;
                n = ++starName;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
