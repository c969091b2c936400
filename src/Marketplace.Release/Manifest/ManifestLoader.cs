using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest.Binding;
using Marketplace.Release.Manifest.Files;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest;

/// <summary>Loads, interpolates and validates a release manifest into a <see cref="ReleasePlan"/>.</summary>
public static class ManifestLoader
{
    /// <summary>
    /// Reads the manifest at <paramref name="manifestPath"/>. Throws <see cref="ManifestException"/> listing every
    /// problem (file, line, column, fix) when it is invalid; reads local files but sends nothing.
    /// </summary>
    /// <param name="workspaceRoot">The folder paths must stay inside; null means the first of
    /// <paramref name="checkoutFolders"/> that holds the manifest, else the manifest's folder.</param>
    /// <param name="checkoutFolders">Where the front end found the repository checked out (a CI's workspace); none: the manifest's folder.</param>
    public static ReleasePlan Load(string manifestPath, IEnvironmentReader environment, string? workspaceRoot = null, IReadOnlyList<string>? checkoutFolders = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifestPath);
        ArgumentNullException.ThrowIfNull(environment);

        var manifestFullPath = Path.GetFullPath(manifestPath);
        if (!File.Exists(manifestFullPath))
        {
            throw Single(manifestPath, Directory.Exists(manifestFullPath)
                ? "this is a folder; name the manifest file inside it, e.g. marketplace-release.yml"
                : "the manifest file does not exist; create it, or pass the path of an existing one");
        }

        var manifestRealPath = RealPath.Resolve(manifestFullPath);
        var manifestFolder = Path.GetDirectoryName(manifestRealPath)!;
        var workspace = ChooseWorkspace(manifestPath, manifestRealPath, manifestFolder, workspaceRoot, checkoutFolders ?? []);
        var displayName = Path.GetRelativePath(workspace, manifestRealPath).Replace(Path.DirectorySeparatorChar, '/');
        var diagnostics = new ManifestDiagnosticBag(displayName);

        var text = ReadText(manifestRealPath, diagnostics);
        var root = text is null ? null : ManifestYamlReader.Read(text, diagnostics);
        if (text is not null && root is null && diagnostics.Count == 0)
        {
            diagnostics.Add(SourcePosition.Start, "the manifest is empty; start it with 'schema: 1', then the app and version sections");
        }

        BoundManifest? bound = null;
        if (root is not null)
        {
            var reader = new ValueReader(new EnvironmentInterpolator(environment, text!, diagnostics), diagnostics);
            var binder = new ManifestBinder(reader, new WorkspaceFileResolver(workspace, manifestFolder), environment);
            bound = binder.Bind(root);
        }

        diagnostics.ThrowIfAny();
        if (bound is null)
        {
            // Every path that leaves the binder without a result reports why; reaching this is a bug.
            throw new InvalidOperationException("the manifest could not be read, but no problem was reported");
        }

        return new ReleasePlan
        {
            ManifestPath = manifestRealPath,
            WorkspaceRoot = workspace,
            App = bound.App,
            Version = bound.Version,
            Listing = bound.Listing,
            GitHub = bound.GitHub,
            DeveloperId = bound.DeveloperId,
            AppListing = bound.AppListing,
            CloudMigration = bound.CloudMigration,
            Gates = bound.Gates,
            PrivacySecurity = bound.PrivacySecurity,
            Targets = bound.Targets,
        };
    }

    /// <summary>
    /// The workspace is the real path of <paramref name="workspaceRoot"/>; else of the first checkout folder that
    /// holds the manifest (a manifest elsewhere, e.g. a test's temp folder, keeps its own folder); else the manifest's folder.
    /// </summary>
    private static string ChooseWorkspace(string manifestPath, string manifestRealPath, string manifestFolder, string? workspaceRoot, IReadOnlyList<string> checkoutFolders)
    {
        if (workspaceRoot is not null)
        {
            var root = RealPath.Resolve(Path.GetFullPath(workspaceRoot));
            if (!RealPath.IsInside(manifestRealPath, root))
            {
                throw Single(manifestPath, $"the manifest is outside the workspace {root}; move it into the workspace");
            }

            return root;
        }

        foreach (var value in checkoutFolders)
        {
            if (string.IsNullOrWhiteSpace(value) || !Path.IsPathRooted(value))
            {
                continue;
            }

            var root = RealPath.Resolve(Path.GetFullPath(value));
            if (RealPath.IsInside(manifestRealPath, root))
            {
                return root;
            }
        }

        return manifestFolder;
    }

    /// <summary>Reads at most the size limit plus one byte, so a huge (or growing) file is refused without reading it all.</summary>
    private static string? ReadText(string path, ManifestDiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[ManifestLimits.MaxManifestBytes + 1];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (length > ManifestLimits.MaxManifestBytes)
            {
                diagnostics.Add(SourcePosition.Start, $"the manifest is larger than {ManifestLimits.MaxManifestBytes} bytes (1 MiB); a release manifest is a few kilobytes, move long texts to releaseNotesFile");
                return null;
            }

            bytes = buffer[..length];
        }
        catch (IOException exception)
        {
            diagnostics.Add(SourcePosition.Start, $"the manifest cannot be read ({exception.Message}); check that the file is readable");
            return null;
        }
        catch (UnauthorizedAccessException exception)
        {
            diagnostics.Add(SourcePosition.Start, $"the manifest cannot be read ({exception.Message}); check the file's permissions");
            return null;
        }

        var text = Utf8TextDecoder.TryDecode(bytes, out var line, out var column);
        if (text is null)
        {
            diagnostics.Add(line, column, "the manifest is not valid UTF-8 here; save the file as UTF-8");
        }

        return text;
    }

    private static ManifestException Single(string manifestPath, string message) =>
        new([new ManifestDiagnostic(manifestPath, 1, 1, message)]);
}
