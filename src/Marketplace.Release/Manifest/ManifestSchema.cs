namespace Marketplace.Release.Manifest;

/// <summary>Placeholder until the schema lands.</summary>
public static class ManifestSchema
{
    public static string Json => "{}";
}
