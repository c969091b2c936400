using System.Text.Json;
using Cake.Marketplace.Tests.Fixtures;
using Path = System.IO.Path;

namespace Cake.Marketplace.Tests;

[TestFixture]
internal sealed class CakeVersionTests
{
    [Test]
    public void The_addin_compiles_against_the_Cake_the_repository_runs()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Join(RepositoryPaths.Root, ".config", "dotnet-tools.json")));
        var toolVersion = manifest.RootElement.GetProperty("tools").GetProperty("cake.tool").GetProperty("version").GetString();
        var compiledAgainst = typeof(Cake.Core.ICakeContext).Assembly.GetName().Version;

        Assert.That(compiledAgainst?.ToString(3), Is.EqualTo(toolVersion));
    }
}
