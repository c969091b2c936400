namespace Marketplace.Sandbox;

/// <summary>Segment-wise path pattern matching for fault rules.</summary>
internal static class FaultPath
{
    private const string BasePath = "/marketplace";

    public static bool Matches(string pattern, string path)
    {
        var patternSegments = Segments(pattern);
        var pathSegments = Segments(path);
        for (var index = 0; index < patternSegments.Length; index++)
        {
            if (patternSegments[index] == "**")
            {
                return true;
            }

            if (index >= pathSegments.Length
                || (patternSegments[index] != "*" && !string.Equals(patternSegments[index], pathSegments[index], StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return patternSegments.Length == pathSegments.Length;
    }

    private static string[] Segments(string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        if (path.StartsWith(BasePath + "/", StringComparison.OrdinalIgnoreCase) || string.Equals(path, BasePath, StringComparison.OrdinalIgnoreCase))
        {
            path = path[BasePath.Length..];
        }

        return path.Split('/', StringSplitOptions.RemoveEmptyEntries);
    }
}
