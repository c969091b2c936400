namespace Marketplace.Release.Manifest.Binding;

/// <summary>A key whose value is one of a fixed set; <paramref name="SchemaDefinition"/> and <paramref name="Key"/> locate it in the JSON Schema.</summary>
internal sealed record ManifestEnum(string SchemaDefinition, string Key, IReadOnlyList<string> Values);
