using System.Text.Json.Serialization;

namespace Marketplace.Release.Pipeline;

/// <summary>How a release ended; the result file and the front ends' outputs carry it as the lower-case word.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReleaseStatus>))]
public enum ReleaseStatus
{
    /// <summary>The listing is PUBLIC and something changed.</summary>
    [JsonStringEnumMemberName("published")]
    Published,

    /// <summary>
    /// The version existed and only its editable fields (compatibility, supported, beta, release summary and notes)
    /// were changed in place by one version PUT (docs/marketplace-api.md § Compatibility updates); nothing was uploaded or created.
    /// </summary>
    [JsonStringEnumMemberName("updated")]
    Updated,

    /// <summary>Something changed; the listing is PRIVATE (or the run stopped before publishing).</summary>
    [JsonStringEnumMemberName("staged")]
    Staged,

    /// <summary>The Marketplace already held what the manifest asks for.</summary>
    [JsonStringEnumMemberName("unchanged")]
    Unchanged,

    /// <summary>A dry run (<c>plan</c>, <c>--dry-run</c>): nothing was changed.</summary>
    [JsonStringEnumMemberName("planned")]
    Planned,

    /// <summary>The release stopped; the result's exit code says why.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
