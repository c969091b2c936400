using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// Lays a target's keys over the top-level section of the same name, node by node: a key the target gives replaces the
/// top-level key whole (a list is never merged), every other key is kept with its own position, so a problem is
/// reported where it was written.
/// </summary>
internal static class TargetMerge
{
    /// <summary>
    /// The merged mapping; null when neither gives the section. A section that is not a mapping is returned as written,
    /// for the section's binder to report.
    /// </summary>
    public static ManifestNode? Section(ManifestNode? shared, ManifestNode? own, SourcePosition start)
    {
        if (own is null || own is ScalarNode { IsNull: true })
        {
            return shared;
        }

        if (shared is not MappingNode sharedMapping || own is not MappingNode ownMapping)
        {
            return own;
        }

        var ownKeys = ownMapping.Entries.Select(entry => entry.Key.Value).ToHashSet(StringComparer.Ordinal);
        var entries = sharedMapping.Entries.Where(entry => !ownKeys.Contains(entry.Key.Value)).Concat(ownMapping.Entries).ToList();
        return new MappingNode(start, entries);
    }

    /// <summary>A mapping of the given entries (null values left out), as the top level a target's binders read.</summary>
    public static MappingNode Top(SourcePosition start, params (string Key, SourcePosition Position, ManifestNode? Value)[] entries) =>
        new(start, [.. entries.Where(entry => entry.Value is not null)
            .Select(entry => new MappingEntry(new ScalarNode(entry.Position, entry.Position.Index, entry.Key, YamlDotNet.Core.ScalarStyle.Plain), entry.Value!))]);
}
