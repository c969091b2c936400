using System.Reflection;

namespace Marketplace.Release.Docs.Tests.Fixtures;

/// <summary>What the build of these tests knows: its configuration, the CLI beside it, the product version.</summary>
internal static class BuildInfo
{
    public static string Configuration { get; } = typeof(BuildInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "Configuration").Value!;

    /// <summary>The framework-dependent CLI, built beside these tests (the project reference copies it).</summary>
    public static string CliDll { get; } = Path.Join(AppContext.BaseDirectory, "marketplace-release.dll");

    /// <summary>The version in Directory.Build.props: what the packages, images and tags of a release carry.</summary>
    public static string ProductVersion { get; } = System.Text.RegularExpressions.Regex
        .Match(File.ReadAllText(Path.Join(Cake.Marketplace.Tests.Fixtures.RepositoryPaths.Root, "Directory.Build.props")), "<Version>([^<]+)</Version>")
        .Groups[1].Value;
}
