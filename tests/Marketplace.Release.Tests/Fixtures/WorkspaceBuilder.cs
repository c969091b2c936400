using System.Text;
using Marketplace.Release.Manifest.Files;
using Marketplace.Sandbox.Samples;

namespace Marketplace.Release.Tests.Fixtures;

/// <summary>
/// Builds a throw-away workspace in a temp folder: a manifest, a small but valid plugin jar (a zip holding
/// atlassian-plugin.xml), valid tiny PNGs, other files and symbolic links. Deleted on <see cref="Dispose"/>.
/// Meant for reuse by end-to-end tests: <see cref="WithExample"/> lays out the bundled example.
/// </summary>
public sealed class WorkspaceBuilder : IDisposable
{
    public const string ManifestFileName = "marketplace-release.yml";

    private WorkspaceBuilder(string root)
    {
        Root = root;
    }

    /// <summary>The workspace folder (absolute, without symbolic links).</summary>
    public string Root { get; }

    /// <summary>Where <see cref="WithManifest"/> writes by default.</summary>
    public string ManifestPath => Path.Join(Root, ManifestFileName);

    /// <summary>A new empty workspace under the system's temp folder.</summary>
    public static WorkspaceBuilder Create()
    {
        var root = Path.Join(Path.GetTempPath(), "mr-ws-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);

        // The temp folder itself may sit behind a link (macOS /tmp); tests compare against the real path.
        return new WorkspaceBuilder(RealPath.Resolve(root));
    }

    /// <summary>Absolute path of a path relative to the workspace.</summary>
    public string PathOf(string relativePath) => Path.GetFullPath(Path.Join(Root, relativePath));

    public WorkspaceBuilder WithManifest(string yaml, string relativePath = ManifestFileName) => WithFile(relativePath, yaml);

    public WorkspaceBuilder WithFile(string relativePath, string content) => WithFile(relativePath, Encoding.UTF8.GetBytes(content));

    public WorkspaceBuilder WithFile(string relativePath, byte[] content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    public WorkspaceBuilder WithFolder(string relativePath)
    {
        Directory.CreateDirectory(PathOf(relativePath));
        return this;
    }

    /// <summary>A plugin jar whose atlassian-plugin.xml names <paramref name="key"/> and <paramref name="version"/>.</summary>
    public WorkspaceBuilder WithPluginJar(string relativePath, string key = "com.example.timesheets", string version = "1.4.0", string name = "Timesheets") =>
        WithFile(relativePath, PluginJarBytes(key, version, name));

    /// <summary>A valid PNG image of <paramref name="width"/> x <paramref name="height"/> pixels.</summary>
    public WorkspaceBuilder WithPng(string relativePath, int width = 1, int height = 1) => WithFile(relativePath, PngBytes(width, height));

    /// <summary>A symbolic link at <paramref name="linkPath"/> (relative to the workspace) pointing to <paramref name="target"/> as given.</summary>
    public WorkspaceBuilder WithSymbolicLink(string linkPath, string target, bool isFolder = false)
    {
        var path = PathOf(linkPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (isFolder)
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            File.CreateSymbolicLink(path, target);
        }

        return this;
    }

    /// <summary>
    /// The bundled example (<c>examples/marketplace-release.yml</c> of this repository) with the files it names:
    /// <c>target/timesheets-1.4.0.jar</c> and <c>docs/screens/board.png</c>.
    /// </summary>
    public WorkspaceBuilder WithExample(string version = "1.4.0")
    {
        File.Copy(Path.Join(RepositoryRoot(), "examples", ManifestFileName), ManifestPath, overwrite: true);
        return WithPluginJar($"target/timesheets-{version}.jar", version: version).WithPng("docs/screens/board.png", 4, 3);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it is not.
        }
    }

    /// <summary>The folder holding MarketplaceRelease.slnx, found upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Join(folder.FullName, "MarketplaceRelease.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("MarketplaceRelease.slnx not found above " + AppContext.BaseDirectory);
    }

    public static byte[] PluginJarBytes(string key = "com.example.timesheets", string version = "1.4.0", string name = "Timesheets") =>
        SampleFiles.PluginJar(key, version, name);

    public static byte[] PngBytes(int width = 1, int height = 1) => SampleFiles.Png(width, height);
}
