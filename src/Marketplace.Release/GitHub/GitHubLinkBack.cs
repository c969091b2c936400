namespace Marketplace.Release.GitHub;

/// <summary>
/// The one line added to a release body after a verified publish. An invisible HTML comment marks it, so a re-run
/// finds it (and never adds a second), and the release notes taken from the body leave it out. With <c>targets:</c>
/// each target has a line of its own, marked with its name, so the body lists every target's version once.
/// </summary>
internal static class GitHubLinkBack
{
    public const string Marker = "<!-- marketplace-release:link -->";

    /// <summary>What every marker starts with, the single-version one and each target's.</summary>
    private const string MarkerStart = "<!-- marketplace-release:link";

    public static string Line(string text, Uri url, string? target = null) => $"**Atlassian Marketplace:** [{text}]({url}) {MarkerOf(target)}";

    /// <summary>The marker of a target's line; <see cref="Marker"/> without a target.</summary>
    public static string MarkerOf(string? target) => target is null ? Marker : $"{MarkerStart} target={target} -->";

    /// <summary>The body with the line in it; null when the body already holds exactly this line.</summary>
    public static string? AddTo(string body, string line)
    {
        var marker = line[line.LastIndexOf(MarkerStart, StringComparison.Ordinal)..];
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var marked = lines.Where(l => l.Contains(marker, StringComparison.Ordinal)).ToList();
        if (marked is [var only] && only.Trim() == line)
        {
            return null;
        }

        // An older line of this version (another URL or wording) is replaced, never kept beside the new one; the
        // lines of other targets stay, and the new one joins them.
        var rest = string.Join("\n", lines.Where(l => !l.Contains(marker, StringComparison.Ordinal))).TrimEnd();
        var separator = rest.Split('\n')[^1].Contains(MarkerStart, StringComparison.Ordinal) ? "\n" : "\n\n";
        return rest.Length == 0 ? line : $"{rest}{separator}{line}";
    }

    /// <summary>The body without the lines.</summary>
    public static string Without(string body) =>
        string.Join("\n", body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => !l.Contains(MarkerStart, StringComparison.Ordinal)));
}
