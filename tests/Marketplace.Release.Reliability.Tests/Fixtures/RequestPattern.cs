namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>Segment-wise path patterns as the sandbox's fault rules use them (<c>*</c> = one segment), below <c>/marketplace</c>.</summary>
internal static class RequestPattern
{
    public static bool Matches(string method, string pattern, string requestMethod, string pathAndQuery)
    {
        if (!string.Equals(method, requestMethod, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var path = pathAndQuery.Split('?')[0];
        if (path.StartsWith("/marketplace/", StringComparison.Ordinal))
        {
            path = path["/marketplace".Length..];
        }

        var want = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var have = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return want.Length == have.Length && want.Zip(have).All(pair => pair.First == "*" || string.Equals(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase));
    }
}
