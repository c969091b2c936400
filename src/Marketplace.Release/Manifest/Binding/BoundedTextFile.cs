using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// Reads a text file the manifest names (a changelog, privacy answers): at most a given number of bytes, strict
/// UTF-8. Problems are reported at the manifest node that names the file, so the user sees which key to fix.
/// </summary>
internal sealed class BoundedTextFile(ValueReader reader)
{
    /// <summary>The file's text, or null when it is too large, unreadable or not UTF-8 (reported).</summary>
    /// <param name="fullPath">The resolved path inside the workspace.</param>
    /// <param name="subject">How messages name the file, e.g. <c>version.releaseNotesFile 'CHANGELOG.md'</c>.</param>
    /// <param name="node">The value naming the file; problems are reported at its position.</param>
    /// <param name="maxBytes">The largest file read.</param>
    /// <param name="tooLargeFix">What to do about a file over <paramref name="maxBytes"/>.</param>
    public string? Read(string fullPath, string subject, ManifestNode node, long maxBytes, string tooLargeFix)
    {
        byte[] bytes;
        try
        {
            using var stream = File.OpenRead(fullPath);
            if (stream.Length > maxBytes)
            {
                reader.Report(node.Start, $"{subject} is {stream.Length} bytes; at most {maxBytes} are read, {tooLargeFix}");
                return null;
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (IOException exception)
        {
            reader.Report(node.Start, $"{subject} cannot be read ({exception.Message}); check that the file is readable");
            return null;
        }
        catch (UnauthorizedAccessException exception)
        {
            reader.Report(node.Start, $"{subject} cannot be read ({exception.Message}); check that the file is readable");
            return null;
        }

        var text = Utf8TextDecoder.TryDecode(bytes, out var badLine, out var badColumn);
        if (text is null)
        {
            reader.Report(node.Start, $"{subject} is not valid UTF-8 (first bad byte at line {badLine}, column {badColumn}); save it as UTF-8");
        }

        return text;
    }
}
