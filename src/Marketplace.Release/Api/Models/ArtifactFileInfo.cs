namespace Marketplace.Release.Api.Models;

internal sealed record ArtifactFileInfo(string? LogicalFileName, long? Size, string? Checksum);
