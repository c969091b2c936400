namespace Marketplace.Release.EnvironmentVariables;

/// <summary>The environment of the current process.</summary>
public sealed class ProcessEnvironment : IEnvironmentReader
{
    public static ProcessEnvironment Instance { get; } = new();

    public string? Get(string name) => Environment.GetEnvironmentVariable(name);
}
