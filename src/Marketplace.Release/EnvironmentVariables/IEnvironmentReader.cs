namespace Marketplace.Release.EnvironmentVariables;

/// <summary>Reads environment variables; tests and front ends supply their own.</summary>
public interface IEnvironmentReader
{
    string? Get(string name);
}
