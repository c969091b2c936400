namespace Marketplace.Release.Manifest.Files;

/// <summary>
/// Resolves a path the way the operating system does when it opens it: component by component, following every
/// symbolic link (on the file and on each folder on the way) and applying <c>..</c> to the folder actually reached.
/// .NET has no realpath(3), and <see cref="Path.GetFullPath(string)"/> removes <c>..</c> lexically, which is wrong after a link.
/// </summary>
internal static class RealPath
{
    private const int MaxLinkHops = 40;

    /// <summary>The real absolute path of <paramref name="path"/>, which need not exist (missing parts are kept as written).</summary>
    public static string Resolve(string path) => Resolve(path, []);

    /// <param name="linksFollowed">Receives each link followed, as (the link's path, where it led).</param>
    public static string Resolve(string path, List<(string Link, string Target)> linksFollowed)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var hops = 0;
        var root = Path.GetPathRoot(full) ?? "/";
        return Walk(root, full[root.Length..], ref hops, linksFollowed);
    }

    private static string Walk(string start, string relative, ref int hops, List<(string Link, string Target)> linksFollowed)
    {
        var current = start;
        foreach (var component in relative.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (component == ".")
            {
                continue;
            }

            if (component == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, component);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
                target = null;
            }
            catch (UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                throw new IOException($"too many symbolic links at '{next}' (a loop?)");
            }

            var resolved = Path.IsPathRooted(target)
                ? Walk(Path.GetPathRoot(target) ?? "/", target[(Path.GetPathRoot(target) ?? "/").Length..], ref hops, linksFollowed)
                : Walk(current, target, ref hops, linksFollowed);
            linksFollowed.Add((next, resolved));
            current = resolved;
        }

        return current;
    }

    private static readonly char[] Separators = Path.DirectorySeparatorChar == '/' ? ['/'] : ['/', Path.DirectorySeparatorChar];

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both absolute and normalized).</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var trimmedFolder = Path.TrimEndingDirectorySeparator(folder);
        if (string.Equals(Path.TrimEndingDirectorySeparator(path), trimmedFolder, comparison))
        {
            return true;
        }

        var prefix = trimmedFolder.EndsWith(Path.DirectorySeparatorChar) ? trimmedFolder : trimmedFolder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison);
    }
}
