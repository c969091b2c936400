using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Marketplace.Sandbox.Samples;

/// <summary>
/// Small but valid files to rehearse a release with: a plugin jar (a zip holding atlassian-plugin.xml, which the
/// sandbox reads like the Marketplace does) and PNG images. Used by the demo and by tests.
/// </summary>
public static class SampleFiles
{
    public static byte[] PluginJar(string key = "com.example.timesheets", string version = "1.4.0", string name = "Timesheets")
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

    public static byte[] Png(int width = 1, int height = 1)
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
