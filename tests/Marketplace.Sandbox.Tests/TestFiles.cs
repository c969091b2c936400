using System.IO.Compression;
using System.Text;

namespace Marketplace.Sandbox.Tests;

/// <summary>Small, real files to upload: a plugin jar with its descriptor, a PNG.</summary>
internal static class TestFiles
{
    public static byte[] PluginJar(string key, string version, int paddingBytes = 0)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(archive.CreateEntry("atlassian-plugin.xml").Open(), Encoding.UTF8))
            {
                writer.Write($"""
                    <atlassian-plugin key="{key}" name="Timesheets" plugins-version="2">
                      <plugin-info><description>Test</description><version>{version}</version></plugin-info>
                    </atlassian-plugin>
                    """);
            }

            if (paddingBytes > 0)
            {
                // Stored, not deflated, so the jar really is that large.
                using var padding = archive.CreateEntry("padding.bin", CompressionLevel.NoCompression).Open();
                var random = new Random(42);
                var chunk = new byte[64 * 1024];
                for (var written = 0; written < paddingBytes; written += chunk.Length)
                {
                    random.NextBytes(chunk);
                    padding.Write(chunk, 0, Math.Min(chunk.Length, paddingBytes - written));
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
