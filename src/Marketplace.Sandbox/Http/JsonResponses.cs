using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Sandbox.Http;

/// <summary>Writes JSON bodies by hand (JsonNode), so nothing needs reflection-based serialization.</summary>
internal static class JsonResponses
{
    // Relaxed escaping: these bodies are API JSON, never embedded in HTML, and "'" should read as "'" in error texts.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            body.WriteTo(writer);
        }

        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }

    public static JsonObject ErrorBody(int status, string code, string title, string? detail, ErrorStatusStyle style)
    {
        if (style == ErrorStatusStyle.JsonErrors)
        {
            return new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = detail ?? title, ["code"] = code }) };
        }

        var error = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["status"] = style == ErrorStatusStyle.Number ? JsonValue.Create(status) : JsonValue.Create(status.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["code"] = code,
            ["title"] = title,
        };
        if (detail is not null)
        {
            error["detail"] = detail;
        }

        return new JsonObject { ["errors"] = new JsonArray(error) };
    }

    public static Task WriteErrorAsync(HttpContext context, ApiProblem problem, ErrorStatusStyle style)
    {
        if (problem.RetryAfterSeconds is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (problem.WithoutBody)
        {
            context.Response.StatusCode = problem.Status;
            return Task.CompletedTask;
        }

        return WriteAsync(context, problem.Status, ErrorBody(problem.Status, problem.Code, problem.Title, problem.Detail, style));
    }

    public static async Task WriteTextAsync(HttpContext context, int status, string text, string contentType)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
