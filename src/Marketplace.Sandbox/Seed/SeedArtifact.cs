namespace Marketplace.Sandbox;

/// <summary>An artifact that already exists and is processed (seeded versions refer to it by id).</summary>
public sealed record SeedArtifact(string Id, string FileName, long Size = 1024, string? PluginKey = null);
