namespace Marketplace.Sandbox;

/// <summary>An artifact that already exists and is processed (seeded versions refer to it by id).</summary>
public sealed record SeedArtifact(string Id, string FileName, long Size = 1024, string? PluginKey = null)
{
    /// <summary>Shown as <c>details.version</c> (with <see cref="PluginKey"/> as <c>details.key</c>).</summary>
    public string? PluginVersion { get; init; }

    /// <summary>The file's SHA-512 in lower-case hex, shown as <c>fileInfo.checksum</c> "sha512:…"; null: a hash of the id.</summary>
    public string? Sha512 { get; init; }
}
