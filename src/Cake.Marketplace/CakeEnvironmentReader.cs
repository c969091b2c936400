using Cake.Core;
using Marketplace.Release.EnvironmentVariables;

namespace Cake.Marketplace;

/// <summary>
/// The Cake environment as the engine reads it: manifest interpolation (<c>${VERSION}</c>) and the connection
/// defaults see the variables a script set with Cake, not only the process's.
/// </summary>
internal sealed class CakeEnvironmentReader(ICakeEnvironment environment) : IEnvironmentReader
{
    public string? Get(string name) => environment.GetEnvironmentVariable(name);
}
