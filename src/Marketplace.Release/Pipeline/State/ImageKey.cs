namespace Marketplace.Release.Pipeline.State;

/// <summary>A local listing image: one upload per file and image type.</summary>
internal readonly record struct ImageKey(string Path, string Type);
