namespace Marketplace.Sandbox;

/// <summary>A snapshot of one artifact. <see cref="Status"/> is PROCESSING, PROCESSED or FAILED at the moment of the snapshot.</summary>
public sealed record SandboxArtifact(
    string Id,
    string FileName,
    long Size,
    string Checksum,
    string Status,
    string? StatusReason,
    int VersionCount,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string? RemoteUri,
    string? PluginKey);
