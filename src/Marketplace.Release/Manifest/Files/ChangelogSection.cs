namespace Marketplace.Release.Manifest.Files;

/// <summary>
/// Takes the section of one version out of a Keep-a-Changelog file: from its <c>## </c> heading
/// (<c>## [1.4.0] - 2026-11-20</c>, <c>## 1.4.0</c>, <c>## v1.4.0</c>) up to the next <c>## </c> heading, trimmed.
/// Headings inside fenced code blocks do not count, and link reference definitions that end the file
/// (<c>[1.4.0]: https://…</c>) are not part of the last section.
/// </summary>
internal static class ChangelogSection
{
    /// <summary>The section's text, or null when there is no heading for <paramref name="version"/>.</summary>
    /// <param name="headings">Every version heading found, as written after <c>## </c>, for the error message.</param>
    public static string? Find(string changelog, string version, out IReadOnlyList<string> headings)
    {
        var found = new List<string>();
        var lines = changelog.ReplaceLineEndings("\n").Split('\n');
        var inFence = false;
        var sectionStart = -1;
        var sectionEnd = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || !line.StartsWith("## ", StringComparison.Ordinal))
            {
                continue;
            }

            if (sectionStart >= 0)
            {
                sectionEnd = i;
                break;
            }

            var title = line[3..].Trim();
            found.Add(title);
            if (HeadingVersion(title) == version)
            {
                sectionStart = i + 1;
            }
        }

        headings = found;
        if (sectionStart < 0)
        {
            return null;
        }

        var body = lines[sectionStart..sectionEnd].ToList();
        while (body.Count > 0 && (string.IsNullOrWhiteSpace(body[^1]) || IsLinkReference(body[^1])))
        {
            body.RemoveAt(body.Count - 1);
        }

        return string.Join('\n', body).Trim();
    }

    /// <summary>The version a heading names: <c>[1.4.0] - 2026-11-20</c> → <c>1.4.0</c>, <c>v1.4.0</c> → <c>1.4.0</c>.</summary>
    internal static string HeadingVersion(string title)
    {
        var text = title.TrimStart('[');
        var end = text.IndexOfAny([']', ' ', '\t']);
        var token = end < 0 ? text : text[..end];
        return token.Length > 1 && token[0] is 'v' or 'V' && char.IsAsciiDigit(token[1]) ? token[1..] : token;
    }

    private static bool IsLinkReference(string line)
    {
        var trimmed = line.Trim();
        var close = trimmed.IndexOf("]:", StringComparison.Ordinal);
        return trimmed.StartsWith('[') && close > 1;
    }
}
