namespace Marketplace.Release.GitHub;

/// <summary>
/// The one line added to a release body after a verified publish. An invisible HTML comment marks it, so a re-run
/// finds it (and never adds a second), and the release notes taken from the body leave it out.
/// </summary>
internal static class GitHubLinkBack
{
    public const string Marker = "<!-- marketplace-release:link -->";

    public static string Line(string text, Uri url) => $"**Atlassian Marketplace:** [{text}]({url}) {Marker}";

    /// <summary>The body with the line in it; null when the body already holds exactly this line.</summary>
    public static string? AddTo(string body, string line)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var marked = lines.Where(l => l.Contains(Marker, StringComparison.Ordinal)).ToList();
        if (marked is [var only] && only.Trim() == line)
        {
            return null;
        }

        // An older line (another URL or wording) is replaced, never kept beside the new one.
        var rest = string.Join("\n", lines.Where(l => !l.Contains(Marker, StringComparison.Ordinal))).TrimEnd();
        return rest.Length == 0 ? line : $"{rest}\n\n{line}";
    }

    /// <summary>The body without the line.</summary>
    public static string Without(string body) =>
        string.Join("\n", body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => !l.Contains(Marker, StringComparison.Ordinal)));
}
