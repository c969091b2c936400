namespace Marketplace.Release.Manifest.Files;

/// <summary>
/// Resolves the manifest's relative paths (artifact globs, images, the release notes file) to files inside the
/// workspace. A path must not leave the workspace, neither lexically (<c>..</c>, an absolute path) nor through a
/// symbolic link on the file or on any folder on the way: CI runs on untrusted pull requests, and a manifest must not
/// be able to upload, say, <c>~/.ssh/id_rsa</c> as a "screenshot".
/// </summary>
internal sealed class WorkspaceFileResolver
{
    private readonly string workspaceRoot;
    private readonly string manifestFolder;

    /// <param name="workspaceRoot">The real (link-free) absolute path of the workspace.</param>
    /// <param name="manifestFolder">The real absolute path of the folder holding the manifest, inside the workspace.</param>
    public WorkspaceFileResolver(string workspaceRoot, string manifestFolder)
    {
        this.workspaceRoot = workspaceRoot;
        this.manifestFolder = manifestFolder;
    }

    /// <summary>Resolves a literal path to an existing file.</summary>
    public FileResolution ResolveFile(string relativePath)
    {
        var contained = ResolveInside(relativePath);
        if (contained.Problem is not null)
        {
            return contained;
        }

        var fullPath = contained.FullPath!;
        if (Directory.Exists(fullPath))
        {
            return FileResolution.Failed("is a folder, not a file; name the file itself");
        }

        return File.Exists(fullPath)
            ? contained
            : FileResolution.Failed($"does not exist (looked for {Display(fullPath)}); check the path, which is relative to the manifest's folder");
    }

    /// <summary>
    /// Resolves a path that may hold <c>*</c>, <c>?</c> (within one folder or file name) and <c>**</c> (any number of
    /// folders) to exactly one file. <c>**</c> does not descend into linked folders, so link loops cannot trap it.
    /// </summary>
    public FileResolution ResolveSingleMatch(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var firstWildcard = Array.FindIndex(segments, segment => segment == "**" || WildcardPattern.HasWildcards(segment));
        if (firstWildcard < 0)
        {
            return ResolveFile(pattern);
        }

        if (segments.Skip(firstWildcard).Any(segment => segment is ".." or "."))
        {
            return FileResolution.Failed("uses '..' or '.' after a wildcard; write the fixed part of the path first, e.g. target/*.jar");
        }

        var prefix = string.Join('/', segments.Take(firstWildcard));
        if (pattern.StartsWith('/'))
        {
            prefix = "/" + prefix;
        }

        var baseFolder = ResolveInside(prefix.Length == 0 ? "." : prefix);
        if (baseFolder.Problem is not null)
        {
            return baseFolder;
        }

        if (!Directory.Exists(baseFolder.FullPath))
        {
            return FileResolution.Failed($"matches no file: the folder {Display(baseFolder.FullPath!)} does not exist; build the artifact first, or fix the pattern");
        }

        var matches = new List<string>();
        var visited = 0;
        if (!Collect(baseFolder.FullPath!, segments, firstWildcard, matches, ref visited))
        {
            return FileResolution.Failed($"looked at more than {ManifestLimits.MaxGlobEntriesVisited} entries without finishing; narrow the pattern (avoid '**' at the top of a large tree)");
        }

        var distinct = matches.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return FileResolution.Failed($"matches no file in {Display(baseFolder.FullPath!)}; build the artifact first, or fix the pattern");
        }

        if (distinct.Count > 1)
        {
            const int shown = 10;
            var list = string.Join(", ", distinct.Take(shown).Select(Display));
            var more = distinct.Count > shown ? $" and {distinct.Count - shown} more" : "";
            return FileResolution.Failed($"matches {distinct.Count} files ({list}{more}); it must match exactly one, so make the pattern more specific or remove the extra files");
        }

        // The match was found by listing folders; resolve it again to apply the link checks to the file itself.
        return ResolveFile(Path.GetRelativePath(manifestFolder, distinct[0]));
    }

    /// <summary>The path as shown to users: relative to the manifest's folder when inside it, with forward slashes.</summary>
    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(manifestFolder, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative)
            .Replace(Path.DirectorySeparatorChar, '/');
    }

    private FileResolution ResolveInside(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath))
        {
            return FileResolution.Failed("is empty; give a path relative to the manifest's folder");
        }

        var lexical = Path.GetFullPath(relativePath, manifestFolder);
        if (!RealPath.IsInside(lexical, workspaceRoot))
        {
            return FileResolution.Failed($"leaves the workspace {workspaceRoot}; paths are relative to the manifest's folder and must stay inside the workspace");
        }

        var links = new List<(string Link, string Target)>();
        string real;
        try
        {
            real = RealPath.Resolve(Path.IsPathRooted(relativePath) ? relativePath : Path.Join(manifestFolder, relativePath), links);
        }
        catch (IOException exception)
        {
            return FileResolution.Failed($"cannot be resolved: {exception.Message}; replace the symbolic link with the file");
        }

        if (RealPath.IsInside(real, workspaceRoot))
        {
            return FileResolution.Found(real);
        }

        var culprit = links.FirstOrDefault(link => !RealPath.IsInside(link.Target, workspaceRoot));
        var through = culprit.Link is null ? "" : $" through the symbolic link {Display(culprit.Link)} -> {culprit.Target}";
        return FileResolution.Failed($"leads outside the workspace {workspaceRoot}{through}; copy the file into the workspace instead of linking to it");
    }

    private bool Collect(string folder, string[] segments, int index, List<string> matches, ref int visited)
    {
        if (index == segments.Length)
        {
            return true;
        }

        var segment = segments[index];
        var isLast = index == segments.Length - 1;
        if (segment == "**")
        {
            if (isLast)
            {
                // A trailing ** matches every file below; treat it as **/*.
                return Collect(folder, [.. segments, "*"], index + 1, matches, ref visited);
            }

            if (!Collect(folder, segments, index + 1, matches, ref visited))
            {
                return false;
            }

            foreach (var subfolder in Entries(folder, directories: true, ref visited))
            {
                if (visited > ManifestLimits.MaxGlobEntriesVisited)
                {
                    return false;
                }

                if ((File.GetAttributes(subfolder) & FileAttributes.ReparsePoint) == 0
                    && !Collect(subfolder, segments, index, matches, ref visited))
                {
                    return false;
                }
            }

            return true;
        }

        if (!WildcardPattern.HasWildcards(segment))
        {
            var next = Path.Join(folder, segment);
            if (isLast && File.Exists(next))
            {
                matches.Add(next);
            }
            else if (!isLast && Directory.Exists(next))
            {
                return Collect(next, segments, index + 1, matches, ref visited);
            }

            return true;
        }

        foreach (var entry in Entries(folder, directories: !isLast, ref visited))
        {
            if (visited > ManifestLimits.MaxGlobEntriesVisited)
            {
                return false;
            }

            if (!WildcardPattern.IsMatch(segment, Path.GetFileName(entry)))
            {
                continue;
            }

            if (isLast)
            {
                matches.Add(entry);
            }
            else if (!Collect(entry, segments, index + 1, matches, ref visited))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> Entries(string folder, bool directories, ref int visited)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
        try
        {
            var entries = (directories ? Directory.EnumerateDirectories(folder, "*", options) : Directory.EnumerateFiles(folder, "*", options))
                .Take(ManifestLimits.MaxGlobEntriesVisited + 1)
                .ToList();
            visited += entries.Count;
            entries.Sort(StringComparer.Ordinal);
            return entries;
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }
}
