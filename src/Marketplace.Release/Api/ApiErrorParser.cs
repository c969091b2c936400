using System.Text.Json;

namespace Marketplace.Release.Api;

/// <summary>
/// Reads error bodies leniently: v3 <c>{"errors":[{status,code,title,detail}]}</c> with <c>status</c> a string or a
/// number, the old v2 <c>{"errors":[{message,path,code}]}</c>, a top-level <c>message</c>, or plain text.
/// Works on <see cref="JsonDocument"/> so that no shape can make parsing itself fail.
/// </summary>
internal static class ApiErrorParser
{
    private const int MaxRawLength = 2000;

    public static ApiError? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var raw = body.Length > MaxRawLength ? body[..MaxRawLength] + "…" : body.Trim();
        try
        {
            using var document = JsonDocument.Parse(body);
            var messages = new List<string>();
            string? code = null;
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in errors.EnumerateArray())
                {
                    if (error.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    code ??= Text(error, "code");
                    var parts = new[] { Text(error, "title"), Text(error, "detail"), Text(error, "message") }
                        .Where(p => !string.IsNullOrWhiteSpace(p))
                        .Distinct(StringComparer.Ordinal)
                        .ToList();
                    var path = Text(error, "path");
                    var line = string.Join(": ", parts);
                    if (path is { Length: > 0 })
                    {
                        line = line.Length > 0 ? $"{line} (at {path})" : path;
                    }

                    if (line.Length > 0)
                    {
                        messages.Add(line);
                    }
                    else if (Text(error, "code") is { } onlyCode)
                    {
                        messages.Add(onlyCode);
                    }
                }
            }
            else if (root.ValueKind == JsonValueKind.Object)
            {
                code = Text(root, "code");
                foreach (var name in new[] { "message", "title", "detail", "error" })
                {
                    if (Text(root, name) is { Length: > 0 } text)
                    {
                        messages.Add(text);
                    }
                }
            }

            return new ApiError(code, messages, raw);
        }
        catch (JsonException)
        {
            return new ApiError(null, [], raw);
        }
    }

    /// <summary>A property as text whatever its JSON type (status is a string on some endpoints, a number on others).</summary>
    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        } : null;
}
