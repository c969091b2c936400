using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Marketplace.Release.Manifest.Yaml;

/// <summary>
/// Turns file bytes into text, refusing invalid UTF-8 instead of silently replacing it with U+FFFD: a manifest
/// or changelog that is not UTF-8 would otherwise publish garbled text.
/// </summary>
internal static class Utf8TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; on invalid UTF-8 returns null and the 1-based line and column of the first bad byte.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out int badLine, out int badColumn)
    {
        badLine = 0;
        badColumn = 0;
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        if (Utf8.IsValid(bytes))
        {
            return StrictUtf8.GetString(bytes);
        }

        // Walk rune by rune to find where it breaks, counting lines and columns (in characters) on the way.
        var line = 1;
        var column = 1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                break;
            }

            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column += rune.Utf16SequenceLength;
            }

            offset += consumed;
        }

        badLine = line;
        badColumn = column;
        return null;
    }
}
