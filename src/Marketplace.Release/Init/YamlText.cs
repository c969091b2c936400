using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Marketplace.Release.Init;

/// <summary>
/// Writes a YAML document line by line, with comments: the manifest <c>init</c> writes is for people to read and
/// edit. Every text is written so that the manifest loader reads back exactly that text: plain when it cannot be
/// mistaken for anything else, double-quoted otherwise, a literal block for several lines; and every <c>$</c> as
/// <c>$$</c>, since the loader interpolates <c>${NAME}</c>.
/// </summary>
internal sealed partial class YamlText
{
    private readonly StringBuilder text = new();

    public void Comment(int indent, string comment) => Append(indent, "# " + comment);

    public void Blank() => text.Append('\n');

    /// <summary><c>key:</c> alone, for a section or a list below it.</summary>
    public void Key(int indent, string key, string? comment = null) => Append(indent, $"{key}:" + Trailing(comment));

    /// <summary>
    /// <c>key: text</c>; several lines become a literal block. With <paramref name="item"/> the line starts a list item
    /// (<c>- key: text</c>) whose further keys go at <paramref name="indent"/> + 2.
    /// </summary>
    public void Text(int indent, string key, string value, string? comment = null, bool item = false)
    {
        var dash = item ? "- " : string.Empty;
        var normalized = value.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalized.Contains('\n', StringComparison.Ordinal))
        {
            Append(indent, $"{dash}{key}: {Scalar(value)}" + Trailing(comment));
            return;
        }

        // |- keeps the lines and drops the final line break, as the text was read; |+ would be needed for trailing ones.
        Append(indent, $"{dash}{key}: |-" + Trailing(comment));
        var blockIndent = indent + dash.Length + 2;
        foreach (var line in normalized.TrimEnd('\n').Split('\n'))
        {
            if (line.Length > 0)
            {
                text.Append(' ', blockIndent).Append(line.Replace("$", "$$", StringComparison.Ordinal));
            }

            text.Append('\n');
        }
    }

    public void Number(int indent, string key, long value, string? comment = null) =>
        Append(indent, $"{key}: {value.ToString(CultureInfo.InvariantCulture)}" + Trailing(comment));

    public void Boolean(int indent, string key, bool value, string? comment = null) =>
        Append(indent, $"{key}: {(value ? "true" : "false")}" + Trailing(comment));

    /// <summary>A value already written as YAML (e.g. <c>from-version</c>, a flow mapping); <paramref name="item"/> as in <see cref="Text"/>.</summary>
    public void Raw(int indent, string key, string yaml, string? comment = null, bool item = false) =>
        Append(indent, $"{(item ? "- " : string.Empty)}{key}: {yaml}" + Trailing(comment));

    /// <summary>A list item that is a flow mapping, e.g. <c>- {imageId: 7a3b…, caption: Board view}</c>.</summary>
    public void FlowItem(int indent, string flow) => Append(indent, "- " + flow);

    /// <summary>A flow mapping of texts, e.g. <c>{imageId: 7a3b…, caption: Board view}</c>; null values are left out.</summary>
    public static string Flow(params (string Key, string? Value)[] pairs) =>
        "{" + string.Join(", ", pairs.Where(p => p.Value is not null).Select(p => $"{p.Key}: {Scalar(p.Value!, flow: true)}")) + "}";

    public override string ToString() => text.ToString();

    /// <summary>A single-line text as a YAML scalar that reads back as exactly this string after interpolation.</summary>
    public static string Scalar(string value, bool flow = false)
    {
        var escaped = value.Replace("$", "$$", StringComparison.Ordinal);
        var plain = PlainPattern().IsMatch(escaped) && !LooksTyped(escaped)
            && !escaped.Contains(": ", StringComparison.Ordinal) && !escaped.EndsWith(':')
            && !(flow && escaped.Contains(':', StringComparison.Ordinal));
        return plain ? escaped : "\"" + JsonEncodedText.Encode(escaped, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\"";
    }

    private void Append(int indent, string line) => text.Append(' ', indent).Append(line).Append('\n');

    private static string Trailing(string? comment) => comment is null ? string.Empty : "   # " + comment;

    /// <summary>Plain scalars YAML would read as another type (numbers, booleans, null, dates).</summary>
    private static bool LooksTyped(string value) =>
        value.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~" or "y" or "n"
        || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || value.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        || DatePattern().IsMatch(value);

    /// <summary>
    /// Safe as a plain scalar: starts with a letter or digit and holds only characters YAML treats as text in block
    /// and flow context alike (no <c>#</c>, quotes, brackets, braces or commas); no blank at either end.
    /// </summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 _.\-/()+@=?&%$:]*(?<![ ])$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
