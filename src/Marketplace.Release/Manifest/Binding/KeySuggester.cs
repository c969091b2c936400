namespace Marketplace.Release.Manifest.Binding;

/// <summary>Finds the known key a mistyped key most likely meant, by edit distance.</summary>
internal static class KeySuggester
{
    /// <summary>The closest candidate within a distance of a third of the key's length (at least 2), or null.</summary>
    public static string? Suggest(string key, IEnumerable<string> candidates)
    {
        var allowed = Math.Max(2, key.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(key.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus swapping two neighbouring letters.</summary>
    internal static int Distance(string a, string b)
    {
        // Keys are short (the limit caps them), but a hostile key could be long; the distance would then be large anyway.
        if (Math.Abs(a.Length - b.Length) > 10 || a.Length > 200 || b.Length > 200)
        {
            return int.MaxValue / 2;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
