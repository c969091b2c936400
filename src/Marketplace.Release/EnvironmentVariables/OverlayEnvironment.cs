namespace Marketplace.Release.EnvironmentVariables;

/// <summary>An environment where some variables are set over another one (host inputs mapped onto the usual names).</summary>
public sealed class OverlayEnvironment(IEnvironmentReader inner, IReadOnlyDictionary<string, string?> overrides) : IEnvironmentReader
{
    public string? Get(string name) => overrides.TryGetValue(name, out var value) && value is not null ? value : inner.Get(name);
}
