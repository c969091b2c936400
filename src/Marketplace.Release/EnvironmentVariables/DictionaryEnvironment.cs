namespace Marketplace.Release.EnvironmentVariables;

/// <summary>An environment made of a fixed set of variables (tests, Cake settings).</summary>
public sealed class DictionaryEnvironment(IReadOnlyDictionary<string, string?> variables) : IEnvironmentReader
{
    public string? Get(string name) => variables.TryGetValue(name, out var value) ? value : null;
}
