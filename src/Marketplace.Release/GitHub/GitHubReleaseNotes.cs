using System.Text.RegularExpressions;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;

namespace Marketplace.Release.GitHub;

/// <summary>
/// The version's release notes taken from a release body. The Markdown is kept as written (headings, lists, links,
/// code): the Marketplace takes the notes as text, and rewriting Markdown would lose what the author meant. Only what
/// GitHub itself does not show is removed: HTML comments (release-drafter and generated notes leave some), the link
/// this tool adds back, runs of blank lines, and Windows line ends.
/// </summary>
internal static partial class GitHubReleaseNotes
{
    public static string? FromBody(string body, string tag)
    {
        var text = HtmlComment().Replace(GitHubLinkBack.Without(body), string.Empty);
        text = BlankRuns().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), "\n\n").Trim();
        if (text.Length > ManifestLimits.MaxLongTextChars)
        {
            throw new ReleaseFailedException(FailureKind.InvalidInput,
                $"the body of GitHub release {tag} is {text.Length} characters, more than the {ManifestLimits.MaxLongTextChars} release notes may have",
                "shorten the release body, or give version.releaseNotes (or releaseNotesFile) instead of github.releaseNotes");
        }

        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"\n[ \t]*\n([ \t]*\n)+")]
    private static partial Regex BlankRuns();
}
