using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Release.Pipeline;

/// <summary>The result file's JSON (source-generated; AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReleaseResult))]
internal sealed partial class ReleaseResultJsonContext : JsonSerializerContext;

public static class ReleaseResultJson
{
    public static string Serialize(ReleaseResult result) => JsonSerializer.Serialize(result, ReleaseResultJsonContext.Default.ReleaseResult);

    public static ReleaseResult? Deserialize(string json) => JsonSerializer.Deserialize(json, ReleaseResultJsonContext.Default.ReleaseResult);
}
