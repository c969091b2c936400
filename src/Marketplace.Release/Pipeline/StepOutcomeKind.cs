using System.Text.Json.Serialization;

namespace Marketplace.Release.Pipeline;

/// <summary>How one step ended; the result file carries it as the lower-case word.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StepOutcomeKind>))]
public enum StepOutcomeKind
{
    [JsonStringEnumMemberName("done")]
    Done,

    [JsonStringEnumMemberName("skipped")]
    Skipped,

    [JsonStringEnumMemberName("failed")]
    Failed,
}
