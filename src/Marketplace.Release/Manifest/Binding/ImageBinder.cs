using Marketplace.Release.Manifest.Files;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>Reads the <c>image: path | imageId: uuid</c> pairs of the listing into <see cref="ImageRef"/>s.</summary>
internal sealed class ImageBinder(ValueReader reader, WorkspaceFileResolver files)
{
    /// <summary>A screenshot: an image plus an optional caption.</summary>
    public ScreenshotSpec? Screenshot(ManifestNode? node, string path, SourcePosition position)
    {
        var section = reader.Section(node, path, ManifestVocabulary.Screenshot, position);
        if (section is null)
        {
            ReportNotMapping(node, path);
            return null;
        }

        var image = Image(section, "screenshot");
        var caption = reader.Text(section, "caption");
        return image is null ? null : new ScreenshotSpec(image, caption);
    }

    /// <summary>An image without a caption (the hero image, a highlight thumbnail).</summary>
    public ImageRef? ImageOnly(ManifestNode? node, string path, SourcePosition position, string imageType)
    {
        var section = reader.Section(node, path, ManifestVocabulary.Image, position);
        if (section is null)
        {
            ReportNotMapping(node, path);
            return null;
        }

        return Image(section, imageType);
    }

    private ImageRef? Image(SectionView section, string imageType)
    {
        var hasFile = section.Has("image");
        var hasId = section.Has("imageId");
        if (hasFile && hasId)
        {
            reader.Report(section.KeyPosition("imageId"), $"{section.Subject} has both image and imageId; keep one: image (a file to upload) or imageId (an image already uploaded)");
            return null;
        }

        if (!hasFile && !hasId)
        {
            reader.Report(section.Position, $"{section.Subject} needs an image; add image: <path to a .png, .jpg, .gif or .bmp file> or imageId: <id of an uploaded image>");
            return null;
        }

        if (hasId)
        {
            var id = reader.Text(section["imageId"], section.PathOf("imageId"));
            if (id is null)
            {
                ReportIfEmpty(section, "imageId");
                return null;
            }

            // Image ids are opaque: the reference's own examples are no UUIDs (img-12345-abcdef-…, h1e2r3o4-i5m6-…),
            // so any id the Marketplace gave is taken as it is.
            return new ImageRef(null, id, imageType);
        }

        var file = reader.Text(section["image"], section.PathOf("image"));
        if (file is null)
        {
            ReportIfEmpty(section, "image");
            return null;
        }

        var node = section["image"]!;
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (!ManifestVocabulary.ImageExtensions.Contains(extension, StringComparer.Ordinal))
        {
            reader.Report(node.Start, $"{section.PathOf("image")} '{file}' is not an image the Marketplace accepts; use a {string.Join(", ", ManifestVocabulary.ImageExtensions)} file");
            return null;
        }

        var resolution = files.ResolveFile(file);
        if (resolution.Problem is not null)
        {
            reader.Report(node.Start, $"{section.PathOf("image")} '{file}' {resolution.Problem}");
            return null;
        }

        return new ImageRef(resolution.FullPath, null, imageType);
    }

    private void ReportIfEmpty(SectionView section, string key)
    {
        if (section[key] is ScalarNode { IsNull: true } empty)
        {
            reader.Report(empty.Start, $"{section.PathOf(key)} is empty; give a value");
        }
    }

    private void ReportNotMapping(ManifestNode? node, string path)
    {
        if (node is ScalarNode { IsNull: true } empty)
        {
            reader.Report(empty.Start, $"{path} is empty; give image: <path> or imageId: <id> below it");
        }
    }
}
