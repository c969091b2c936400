using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// Checks that a .jar or .obr is a readable zip (400 otherwise) and reads <c>atlassian-plugin.xml</c> from a jar
/// (or from the first jar inside an obr) for the artifact's <c>details</c>.
/// </summary>
internal static class ArtifactInspector
{
    private const long MaxNestedJarBytes = 64L * 1024 * 1024;

    public static JsonObject? Inspect(ReceivedFile file)
    {
        if (file.Size == 0)
        {
            throw ApiProblem.Validation("The file is empty");
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (extension is not (".jar" or ".obr"))
        {
            return null;
        }

        try
        {
            using var archive = ZipFile.OpenRead(file.TempPath);
            return extension == ".jar" ? PluginDetails(archive) : ObrDetails(archive);
        }
        catch (InvalidDataException exception)
        {
            throw ApiProblem.Validation($"The file is not a valid {extension[1..]}", $"'{file.FileName}' is not a zip archive: {exception.Message}");
        }
    }

    private static JsonObject? ObrDetails(ZipArchive archive)
    {
        var jar = archive.Entries.FirstOrDefault(entry => !entry.FullName.Contains('/', StringComparison.Ordinal) && entry.Name.EndsWith(".jar", StringComparison.OrdinalIgnoreCase));
        if (jar is null || jar.Length > MaxNestedJarBytes)
        {
            return null;
        }

        using var copy = new MemoryStream();
        using (var stream = jar.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var nested = new ZipArchive(copy, ZipArchiveMode.Read);
        return PluginDetails(nested);
    }

    private static JsonObject? PluginDetails(ZipArchive archive)
    {
        var descriptor = archive.GetEntry("atlassian-plugin.xml");
        if (descriptor is null)
        {
            return null;
        }

        using var stream = descriptor.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        string? key = null, name = null, version = null;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "atlassian-plugin")
                {
                    key = reader.GetAttribute("key");
                    name = reader.GetAttribute("name");
                }
                else if (reader.LocalName == "version" && version is null)
                {
                    version = reader.ReadElementContentAsString().Trim();
                }
            }
        }
        catch (XmlException exception)
        {
            throw ApiProblem.Validation("atlassian-plugin.xml is not well-formed XML", exception.Message);
        }

        return new JsonObject { ["key"] = key, ["name"] = name, ["version"] = version, ["dataCenterStatus"] = "compatible" };
    }
}
