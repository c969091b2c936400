using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketplace.Release.Api;

/// <summary>
/// How <c>--debug</c> shows a request or response body (docs/marketplace-api.md § Debug output): a JSON body as its text with secrets masked, any
/// other body (an artifact or image upload, a download) as its media type and size only, never its bytes.
/// Masked: the text values of members whose name says they hold a credential (a boolean such as the external
/// framework's <c>authorization</c> is no secret), the user-info and credential-like query
/// parameters of URLs (e.g. a fetch <c>uri</c> with <c>user:pass@</c>), and every known secret wherever it appears.
/// </summary>
internal sealed class DebugBody(IEnumerable<string?> secrets)
{
    /// <summary>Bodies longer than this are cut (a listing is a few KB; the log stays readable).</summary>
    public const int MaxChars = 16 * 1024;

    private const string Mask = "***";

    private static readonly string[] SecretNameParts = ["token", "password", "secret", "authorization", "apikey", "api_key", "credential", "cookie"];

    // Short values would mask ordinary words; a real API token is long.
    private readonly string[] secrets = [.. secrets.OfType<string>().Select(s => s.Trim()).Where(s => s.Length >= 4).Distinct(StringComparer.Ordinal)];

    /// <summary>True when the content is JSON (<c>application/json</c> or <c>+json</c>).</summary>
    public static bool IsJson(HttpContent content) =>
        content.Headers.ContentType?.MediaType is { } media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>A non-JSON body in words: its media type and size, e.g. <c>multipart/form-data, 1048576 bytes</c>.</summary>
    public static string Size(HttpContent content)
    {
        var media = content.Headers.ContentType?.MediaType ?? "unknown type";
        var length = content.Headers.ContentLength;
        return length is { } bytes ? $"{media}, {bytes.ToString(CultureInfo.InvariantCulture)} bytes" : $"{media}, size unknown";
    }

    /// <summary>The JSON text with every secret masked, cut at <see cref="MaxChars"/>.</summary>
    public string Json(string text)
    {
        string shown;
        try
        {
            var node = JsonNode.Parse(text);
            if (node is not null && Masked(node, null) is { } masked)
            {
                node = masked;
            }
            else if (node is not null)
            {
                MaskChildren(node);
            }

            shown = node?.ToJsonString() ?? "null";
        }
        catch (JsonException)
        {
            shown = text;
        }

        foreach (var secret in secrets)
        {
            shown = shown.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return shown.Length > MaxChars ? $"{shown[..MaxChars]}… ({(shown.Length - MaxChars).ToString(CultureInfo.InvariantCulture)} more characters)" : shown;
    }

    /// <summary>Masks in place: containers are walked, a value that needs masking is replaced in its parent.</summary>
    private static void MaskChildren(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(pair => pair.Key).ToList())
                {
                    if (obj[key] is { } child && Masked(child, key) is { } replacement)
                    {
                        obj[key] = replacement;
                    }
                    else if (obj[key] is { } container)
                    {
                        MaskChildren(container);
                    }
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    if (array[index] is { } child && Masked(child, null) is { } replacement)
                    {
                        array[index] = replacement;
                    }
                    else if (array[index] is { } container)
                    {
                        MaskChildren(container);
                    }
                }

                break;
        }
    }

    /// <summary>The masked replacement of a value; null when it stays as it is (or is a container, walked instead).</summary>
    private static JsonValue? Masked(JsonNode node, string? name) => node switch
    {
        JsonValue value when name is not null && IsSecretName(name) && value.GetValueKind() == JsonValueKind.String => JsonValue.Create(Mask),
        JsonValue value when value.TryGetValue<string>(out var text) && LooksLikeUrl(text) && MaskUrl(text) is var masked && masked != text => JsonValue.Create(masked),
        _ => null,
    };

    private static bool IsSecretName(string name) =>
        SecretNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));

    private static bool LooksLikeUrl(string text) =>
        text.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(text, UriKind.Absolute, out _);

    /// <summary>A URL with its user-info and credential-like query values replaced by <c>***</c>.</summary>
    private static string MaskUrl(string text)
    {
        var uri = new Uri(text);
        var builder = new UriBuilder(uri);
        if (uri.UserInfo.Length > 0)
        {
            builder.UserName = Mask;
            builder.Password = string.Empty;
        }

        if (uri.Query.Length > 1)
        {
            builder.Query = string.Join("&", uri.Query[1..].Split('&').Select(pair =>
                pair.Split('=', 2) is [var key, _] && IsSecretName(Uri.UnescapeDataString(key)) ? $"{key}={Mask}" : pair));
        }

        return uri.UserInfo.Length > 0 || builder.Query != uri.Query ? builder.Uri.ToString() : text;
    }
}
