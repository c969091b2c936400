using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;

namespace Cake.Marketplace.Tests.Scripts;

/// <summary>What the packed addin holds: everything it needs, nothing that collides with Cake's own assemblies.</summary>
[TestFixture]
internal sealed class AddinPackageTests
{
    private static readonly string CakeToolDirectory = typeof(AddinPackageTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "CakeToolDirectory").Value!;

    [Test]
    public void The_package_carries_the_engine_and_its_dependencies_but_none_Cake_loads_itself()
    {
        using var package = ZipFile.OpenRead(AddinPackage.Feed.PackagePath);
        var assemblies = package.Entries.Where(e => e.FullName.StartsWith("lib/net10.0/", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal))
            .Select(e => e.Name).ToList();
        var cakeOwn = Directory.GetFiles(CakeToolDirectory, "*.dll").Select(Path.GetFileName).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(assemblies, Is.SupersetOf(new[] { "Cake.Marketplace.dll", "Marketplace.Release.dll", "YamlDotNet.dll", "Microsoft.Extensions.Http.Resilience.dll", "Polly.Core.dll" }));
            Assert.That(assemblies, Has.None.StartsWith("Cake.Core").And.None.StartsWith("Cake.Common"));
            Assert.That(assemblies.Intersect(cakeOwn), Is.Empty, "these would collide with the copies Cake loads");
            Assert.That(package.GetEntry("lib/net10.0/Cake.Marketplace.xml"), Is.Not.Null, "the XML docs ship for IntelliSense in scripts");
            Assert.That(package.GetEntry("icon.png"), Is.Not.Null);
            Assert.That(package.GetEntry("README.md"), Is.Not.Null);
        });
    }

    [Test]
    public void The_nuspec_has_the_addin_metadata_and_no_package_dependencies()
    {
        using var package = ZipFile.OpenRead(AddinPackage.Feed.PackagePath);
        using var stream = package.GetEntry("Cake.Marketplace.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Multiple(() =>
        {
            Assert.That(Value("id"), Is.EqualTo("Cake.Marketplace"));
            Assert.That(Value("tags")?.Split(' '), Is.SupersetOf(new[] { "cake", "cake-addin", "addin", "cake-build", "build", "script", "atlassian", "marketplace" }));
            Assert.That(Value("icon"), Is.EqualTo("icon.png"));
            Assert.That(Value("readme"), Is.EqualTo("README.md"));
            Assert.That(metadata.Descendants().Where(e => e.Name.LocalName == "dependency"), Is.Empty);
        });
    }
}
