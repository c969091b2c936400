namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// One kind of mapping in the manifest and the keys it accepts. <paramref name="SchemaDefinition"/> names the object
/// in the JSON Schema (<c>$defs/…</c>, or empty for the top level), so a test can hold both to the same keys;
/// <paramref name="DisplayName"/> names it in messages ("it belongs in version").
/// </summary>
internal sealed record ManifestSection(string SchemaDefinition, string DisplayName, IReadOnlyList<string> Keys);
