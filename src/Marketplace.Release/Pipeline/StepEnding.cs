using System.Text.Json.Serialization;

namespace Marketplace.Release.Pipeline;

/// <summary>How one step ended (its <see cref="StepRecord"/>'s <c>Outcome</c>); the result file carries it as the lower-case word.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StepEnding>))]
public enum StepEnding
{
    [JsonStringEnumMemberName("done")]
    Done,

    [JsonStringEnumMemberName("skipped")]
    Skipped,

    [JsonStringEnumMemberName("failed")]
    Failed,
}
