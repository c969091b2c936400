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
[JsonSerializable(typeof(StepOutcomeKind))]
internal sealed partial class ReleaseResultJsonContext : JsonSerializerContext;

public static class ReleaseResultJson
{
    public static string Serialize(ReleaseResult result) => JsonSerializer.Serialize(result, ReleaseResultJsonContext.Default.ReleaseResult);

    /// <summary>The result's <c>targets</c> array as JSON (the Action's <c>targets</c> output); <c>[]</c> without targets.</summary>
    public static string SerializeTargets(ReleaseResult result) =>
        JsonSerializer.Serialize(result.Targets ?? [], ReleaseResultJsonContext.Default.IReadOnlyListTargetResult);

    public static ReleaseResult? Deserialize(string json) => JsonSerializer.Deserialize(json, ReleaseResultJsonContext.Default.ReleaseResult);

    /// <summary>The word the result file uses for a status (<c>published</c>…), for front ends that print it.</summary>
    public static string Word(ReleaseStatus status) => JsonSerializer.Serialize(status, ReleaseResultJsonContext.Default.ReleaseStatus).Trim('"');

    /// <summary>The word the result file uses for a step outcome (<c>done</c>, <c>skipped</c>, <c>failed</c>).</summary>
    public static string Word(StepOutcomeKind outcome) => JsonSerializer.Serialize(outcome, ReleaseResultJsonContext.Default.StepOutcomeKind).Trim('"');
}
