using System.Text.RegularExpressions;
using Cake.Marketplace.Tests.Fixtures;

namespace Marketplace.Release.Docs.Tests.Markdown;

/// <summary>The fenced blocks of README.md and docs/*.md, with the docs-test marker of each.</summary>
internal static partial class MarkdownBlocks
{
    /// <summary>The documentation files whose blocks are checked, relative to the repository root.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        "README.md",
        .. Directory.GetFiles(Path.Join(RepositoryPaths.Root, "docs"), "*.md").Order(StringComparer.Ordinal).Select(path => "docs/" + Path.GetFileName(path)),
    ];

    public static IReadOnlyList<FencedBlock> All { get; } = [.. Files.SelectMany(file => Read(file, File.ReadAllText(Path.Join(RepositoryPaths.Root, file))))];

    /// <summary>
    /// Fences are ``` or ~~~ (3 or more), possibly indented (inside a list item); a block ends at a fence of the same
    /// character at least as long. The marker is the last non-blank line before the opening fence when it is a
    /// <c>&lt;!-- docs-test: … --&gt;</c> comment.
    /// </summary>
    public static IEnumerable<FencedBlock> Read(string file, string markdown)
    {
        var lines = markdown.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var indent = open.Groups["indent"].Value.Length;
            var fence = open.Groups["fence"].Value;
            var start = i;
            var body = new List<string>();
            for (i++; i < lines.Length; i++)
            {
                var close = Fence().Match(lines[i]);
                if (close.Success && close.Groups["fence"].Value[0] == fence[0] && close.Groups["fence"].Value.Length >= fence.Length && close.Groups["info"].Value.Length == 0)
                {
                    break;
                }

                body.Add(lines[i].Length >= indent && string.IsNullOrWhiteSpace(lines[i][..indent]) ? lines[i][indent..] : lines[i].TrimStart());
            }

            yield return new FencedBlock(file, start + 1, open.Groups["info"].Value.Trim(), string.Join("\n", body) + "\n", MarkerBefore(lines, start));
        }
    }

    private static string? MarkerBefore(string[] lines, int fenceLine)
    {
        for (var j = fenceLine - 1; j >= 0; j--)
        {
            if (string.IsNullOrWhiteSpace(lines[j]))
            {
                continue;
            }

            var marker = Marker().Match(lines[j]);
            return marker.Success ? marker.Groups["text"].Value.Trim() : null;
        }

        return null;
    }

    [GeneratedRegex(@"^(?<indent>\s*)(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*docs-test:(?<text>.*?)-->\s*$")]
    private static partial Regex Marker();
}
