using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Marketplace.Release.Manifest.Files;

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

    public static byte[] PluginJarBytes(string key = "com.example.timesheets", string version = "1.4.0", string name = "Timesheets")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nBundle-SymbolicName: " + key + "\r\nBundle-Version: " + version + "\r\n\r\n");
            Write(zip, "atlassian-plugin.xml", $"""
                <atlassian-plugin key="{key}" name="{name}" plugins-version="2">
                  <plugin-info>
                    <description>{name} for Jira</description>
                    <version>{version}</version>
                    <vendor name="Example" url="https://example.com"/>
                    <param name="atlassian-data-center-status">compatible</param>
                    <param name="atlassian-data-center-compatible">true</param>
                  </plugin-info>
                </atlassian-plugin>
                """);
        }

        return buffer.ToArray();
    }

    public static byte[] PngBytes(int width = 1, int height = 1)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        WriteChunk(png, "IHDR", header);

        // Each row: filter byte 0, then RGB pixels (a blue-ish gradient so the image is not blank).
        var raw = new byte[height * (1 + (width * 3))];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var offset = (y * (1 + (width * 3))) + 1 + (x * 3);
                raw[offset] = (byte)(x * 40);
                raw[offset + 1] = (byte)(y * 40);
                raw[offset + 2] = 200;
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Write(ZipArchive zip, string entryName, string content)
    {
        using var stream = zip.CreateEntry(entryName).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. typeBytes, .. data]));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
