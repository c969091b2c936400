using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Reliability.Tests.Manifests;

/// <summary>
/// A workspace for <see cref="BrokenManifests.Base"/> (the jar, the screenshot and the privacy answers it names) with a folder outside
/// it holding tempting files, and links from inside to there: <c>target/linked.jar</c> and <c>linked-folder/</c>.
/// </summary>
internal sealed class AdversarialWorkspace : IDisposable
{
    private readonly string parent;

    public AdversarialWorkspace()
    {
        parent = Directory.CreateTempSubdirectory("mr-adversarial-").FullName;
        Root = Path.Join(parent, "ws");
        var outside = Path.Join(parent, "outside");
        Directory.CreateDirectory(Path.Join(Root, "target"));
        Directory.CreateDirectory(Path.Join(Root, "docs", "screens"));
        Directory.CreateDirectory(outside);
        File.WriteAllBytes(Path.Join(Root, "target", "timesheets-1.4.0.jar"), WorkspaceBuilder.PluginJarBytes());
        File.WriteAllBytes(Path.Join(Root, "docs", "screens", "board.png"), WorkspaceBuilder.PngBytes(4, 3));
        File.WriteAllText(Path.Join(Root, "privacy-and-security.yml"), "logDetails:\n  logEndUserData: true\n");
        File.WriteAllBytes(Path.Join(outside, "evil.jar"), WorkspaceBuilder.PluginJarBytes());
        File.WriteAllBytes(Path.Join(outside, "board.png"), WorkspaceBuilder.PngBytes(4, 3));
        File.CreateSymbolicLink(Path.Join(Root, "target", "linked.jar"), Path.Join(outside, "evil.jar"));
        Directory.CreateSymbolicLink(Path.Join(Root, "linked-folder"), outside);
    }

    public string Root { get; }

    public string ManifestPath => Path.Join(Root, "marketplace-release.yml");

    public void Write(byte[] manifest) => File.WriteAllBytes(ManifestPath, manifest);

    public void Dispose()
    {
        try
        {
            Directory.Delete(parent, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
