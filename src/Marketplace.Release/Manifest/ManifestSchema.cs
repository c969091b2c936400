namespace Marketplace.Release.Manifest;

/// <summary>The JSON Schema (draft 2020-12) of the release manifest, as shipped in <c>schema/marketplace-release.schema.json</c>.</summary>
public static class ManifestSchema
{
    private const string ResourceName = "Marketplace.Release.marketplace-release.schema.json";

    private static readonly Lazy<string> Text = new(ReadResource);

    /// <summary>The schema's JSON text.</summary>
    public static string Json => Text.Value;

    private static string ReadResource()
    {
        using var stream = typeof(ManifestSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing from {typeof(ManifestSchema).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
