namespace Marketplace.Release.Manifest;

/// <summary>The manifest and wire names of <see cref="MigrationPath"/>.</summary>
public static class MigrationPathNames
{
    /// <summary>The values the manifest accepts, in the order of <see cref="MigrationPath"/>.</summary>
    public static IReadOnlyList<string> ManifestValues { get; } = ["unknown", "discarded", "automated", "install-only", "manual"];

    /// <summary>The manifest value, e.g. <c>install-only</c>.</summary>
    public static string ToManifest(this MigrationPath path) => ManifestValues[(int)path];

    /// <summary>The API value, e.g. <c>INSTALL_ONLY</c>.</summary>
    public static string ToWire(this MigrationPath path) => path.ToManifest().Replace('-', '_').ToUpperInvariant();

    /// <summary>The path of an API value (<c>INSTALL_ONLY</c>); null when unknown.</summary>
    public static MigrationPath? FromWire(string value) =>
        Enum.GetValues<MigrationPath>().Cast<MigrationPath?>().FirstOrDefault(path => string.Equals(path!.Value.ToWire(), value, StringComparison.OrdinalIgnoreCase));

    /// <summary>The path of a manifest value; null when unknown.</summary>
    public static MigrationPath? FromManifest(string value)
    {
        var index = ManifestValues.ToList().IndexOf(value);
        return index < 0 ? null : (MigrationPath)index;
    }
}
