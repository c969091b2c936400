using Marketplace.Sandbox.Samples;

namespace Cake.Marketplace.Tests.Fixtures;

/// <summary>
/// A temp folder holding what a vendor's repository would: the bundled example manifest, a plugin jar, a
/// screenshot, and the Cake script under test (which starts with the directive loading the fresh addin).
/// </summary>
internal sealed class ScriptWorkspace : IDisposable
{
    public const string ManifestFileName = "marketplace-release.yml";

    private ScriptWorkspace(string root) => Root = root;

    public string Root { get; }

    public string ScriptPath => Path.Join(Root, "build.cake");

    public static ScriptWorkspace WithExample(string version = "1.4.0")
    {
        var workspace = new ScriptWorkspace(Path.Join(Path.GetTempPath(), "cake-mr-ws-" + Guid.NewGuid().ToString("N")[..12]));
        Directory.CreateDirectory(workspace.Root);
        File.Copy(Path.Join(RepositoryPaths.Root, "examples", ManifestFileName), workspace.PathOf(ManifestFileName));
        workspace.WriteFile($"target/timesheets-{version}.jar", SampleFiles.PluginJar(version: version));
        workspace.WriteFile("docs/screens/board.png", SampleFiles.Png(4, 3));
        return workspace;
    }

    public string PathOf(string relativePath) => Path.GetFullPath(Path.Join(Root, relativePath));

    public void WriteFile(string relativePath, byte[] content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    public void WriteFile(string relativePath, string content) => WriteFile(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Writes build.cake: the addin directive, then <paramref name="body"/>.</summary>
    public string WriteScript(AddinFeed feed, string body)
    {
        File.WriteAllText(ScriptPath, feed.AddinDirective + "\n\n" + body);
        return ScriptPath;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
