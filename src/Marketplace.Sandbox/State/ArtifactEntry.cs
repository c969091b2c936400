using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.State;

/// <summary>An uploaded (or simulated fetched) artifact. Its processing status is derived from the time since upload.</summary>
internal sealed class ArtifactEntry
{
    public required string Id { get; init; }
    public required string FileName { get; init; }
    public required long Size { get; init; }

    /// <summary>"sha512:&lt;hex&gt;", as the live API writes it.</summary>
    public required string Checksum { get; init; }

    public required DateTimeOffset UploadedAt { get; init; }
    public required string UploadedBy { get; init; }

    /// <summary>The temp file holding the bytes; null for seeded and fetched artifacts.</summary>
    public string? FilePath { get; init; }

    public string? RemoteUri { get; init; }
    public JsonObject? Details { get; init; }

    /// <summary>Set when a test or the seed decided that processing of this artifact fails.</summary>
    public string? FailReason { get; set; }

    /// <summary>Seeded artifacts were processed long ago.</summary>
    public bool AlwaysProcessed { get; init; }
}
