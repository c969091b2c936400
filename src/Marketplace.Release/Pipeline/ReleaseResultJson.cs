using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Release.Pipeline;

/// <summary>The result file's JSON (source-generated; AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReleaseResult))]
[JsonSerializable(typeof(IReadOnlyList<TargetResult>))]
[JsonSerializable(typeof(ReleaseStatus))]
[JsonSerializable(typeof(StepEnding))]
internal sealed partial class ReleaseResultJsonContext : JsonSerializerContext;

public static class ReleaseResultJson
{
    /// <summary>
    /// The result as people and tools read it: text as written (<c>'hosting'</c>, <c>→</c>, not <c>\u0027</c>,
    /// <c>\u2192</c>). The relaxed encoder still escapes what JSON requires (quotes, backslashes, control characters);
    /// what it leaves alone only matters for JSON embedded in HTML, which the result file never is.
    /// </summary>
    public static string Serialize(ReleaseResult result)
    {
        using var text = new MemoryStream();
        using (var writer = new Utf8JsonWriter(text, WriterOptions))
        {
            JsonSerializer.Serialize(writer, result, ReleaseResultJsonContext.Default.ReleaseResult);
        }

        return System.Text.Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The result's <c>targets</c> array as JSON (the Action's <c>targets</c> output); <c>[]</c> without targets.</summary>
    public static string SerializeTargets(ReleaseResult result) =>
        JsonSerializer.Serialize(result.Targets ?? [], ReleaseResultJsonContext.Default.IReadOnlyListTargetResult);

    public static ReleaseResult? Deserialize(string json) => JsonSerializer.Deserialize(json, ReleaseResultJsonContext.Default.ReleaseResult);

    /// <summary>The word the result file uses for a status (<c>published</c>…), for front ends that print it.</summary>
    public static string Word(ReleaseStatus status) => JsonSerializer.Serialize(status, ReleaseResultJsonContext.Default.ReleaseStatus).Trim('"');

    /// <summary>The word the result file uses for a step outcome (<c>done</c>, <c>skipped</c>, <c>failed</c>).</summary>
    public static string Word(StepEnding outcome) => JsonSerializer.Serialize(outcome, ReleaseResultJsonContext.Default.StepEnding).Trim('"');
}
