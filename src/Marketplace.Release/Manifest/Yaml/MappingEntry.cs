namespace Marketplace.Release.Manifest.Yaml;

internal sealed record MappingEntry(ScalarNode Key, ManifestNode Value);
