using System.Text.RegularExpressions;
using Cake.Marketplace.Tests.Fixtures;

namespace Marketplace.Release.Docs.Tests.Consistency;

/// <summary>
/// The repository paths the documentation and the project files cite: relative Markdown link targets (relative to
/// the document), and paths in backticks (Markdown) or in XML comments (project files) that begin with one of the
/// repository's top-level folders. Globs and placeholders (<c>*</c>, <c>{</c>, <c>&lt;</c>, <c>…</c>, OWNER) are not paths.
/// </summary>
internal static partial class CitedPaths
{
    /// <summary>Paths that begin like a repository folder but name a file of the user's repository, with why.</summary>
    public static IReadOnlyDictionary<string, string> NotOurs { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["docs/screens/board.png"] = "the example manifest's screenshot, a file of the user's repository (demo --workspace creates it)",
        ["CHANGELOG.md"] = "the user's Keep-a-Changelog file that releaseNotesFile reads",
        ["release.cake"] = "the user's Cake script of the README's Cake example",
    };

    public static IEnumerable<(string Source, string Path)> InMarkdown(string relativeFile, string text)
    {
        var folder = Path.GetDirectoryName(relativeFile) ?? string.Empty;
        foreach (Match link in Link().Matches(text))
        {
            var target = link.Groups[1].Value.Split('#')[0];
            if (target.Length > 0 && !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                yield return (relativeFile, Normalize(Path.Join(folder, target)));
            }
        }

        foreach (var code in Code().Matches(text).Select(match => match.Groups[1].Value))
        {
            if (LooksLikeOurPath(code))
            {
                yield return (relativeFile, code);
            }
        }
    }

    public static IEnumerable<(string Source, string Path)> InXmlComments(string relativeFile, string text) =>
        XmlComment().Matches(text)
            .SelectMany(comment => Word().Matches(comment.Value).Select(word => word.Value.TrimEnd('.', ',', ')', ';', ':')))
            .Where(LooksLikeOurPath)
            .Select(path => (relativeFile, path));

    public static bool Exists(string path)
    {
        if (!path.Contains('/', StringComparison.Ordinal))
        {
            return FileNames.Value.Contains(path);
        }

        var full = Path.Join(RepositoryPaths.Root, path);
        return File.Exists(full) || Directory.Exists(full);
    }

    private static bool LooksLikeOurPath(string candidate)
    {
        if (candidate.IndexOfAny(['*', '{', '<', '…', ' ', '$', '?', '=']) >= 0 || candidate.Contains("OWNER", StringComparison.Ordinal)
            || candidate.StartsWith('/') || candidate.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        var path = candidate.StartsWith("./", StringComparison.Ordinal) ? candidate[2..] : candidate;
        return path.Contains('/', StringComparison.Ordinal)
            ? TopLevelFolders.Value.Contains(path.Split('/')[0])
            : Path.GetFileNameWithoutExtension(path).Length > 0 && OurFileTypes.Contains(Path.GetExtension(path));
    }

    /// <summary>
    /// A bare file name of these types (no folder) names a file of this repository, found by its name anywhere in it;
    /// other types (.yml, .json) are mostly the user's files (marketplace-release.yml, result.json).
    /// </summary>
    private static readonly HashSet<string> OurFileTypes = new(StringComparer.Ordinal) { ".md", ".cs", ".csproj", ".props", ".targets", ".sh", ".slnx", ".cake" };

    private static readonly Lazy<HashSet<string>> FileNames = new(() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Root, "*", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/.git/", StringComparison.Ordinal))
            .Select(Path.GetFileName).OfType<string>()]);

    private static string Normalize(string path) => Path.GetRelativePath(RepositoryPaths.Root, Path.GetFullPath(Path.Join(RepositoryPaths.Root, path))).Replace('\\', '/');

    private static readonly Lazy<HashSet<string>> TopLevelFolders = new(() =>
        [.. Directory.GetDirectories(RepositoryPaths.Root).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("bin" or "obj" or "artifacts" or ".git" or "TestResults"))]);

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex XmlComment();

    [GeneratedRegex(@"[\w./-]+")]
    private static partial Regex Word();
}
