using Marketplace.Sandbox.Samples;

namespace Marketplace.Release.Container.Tests.Fixtures;

/// <summary>A throw-away folder to mount into a container; optionally holding the bundled example release.</summary>
internal sealed class TempFolder : IDisposable
{
    private TempFolder(string path) => Path = path;

    public string Path { get; }

    public static TempFolder Create(string prefix) => new(Directory.CreateTempSubdirectory(prefix).FullName);

    /// <summary>The bundled example (examples/marketplace-release.yml) with the jar and screenshot it names.</summary>
    public TempFolder WithExample()
    {
        File.Copy(System.IO.Path.Join(Repository.Root, "examples", "marketplace-release.yml"), PathOf("marketplace-release.yml"));
        return WithFile("target/timesheets-1.4.0.jar", SampleFiles.PluginJar(version: "1.4.0"))
            .WithFile("docs/screens/board.png", SampleFiles.Png(64, 40));
    }

    public TempFolder WithFile(string relativePath, string text) => WithFile(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public TempFolder WithFile(string relativePath, byte[] content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    public string PathOf(string relativePath) => System.IO.Path.Join(Path, relativePath);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Files the container wrote as root may not be deletable by a non-root test run; a leftover temp folder is harmless.
        }
    }
}
