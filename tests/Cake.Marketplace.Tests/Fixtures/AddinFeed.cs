using System.Globalization;

namespace Cake.Marketplace.Tests.Fixtures;

/// <summary>
/// The addin, freshly packed once per test run into a local folder feed, under a version no earlier run used: Cake
/// looks in the global packages folder and in its addin folder before the feed, and a stale package found there
/// would silently test old code.
/// </summary>
internal sealed class AddinFeed
{
    private AddinFeed(string root, string version)
    {
        Root = root;
        Version = version;
    }

    public string Root { get; }

    public string Folder => Path.Join(Root, "feed");

    /// <summary>Where Cake installs addins for these tests (CAKE_PATHS_ADDINS), shared by the scripts of one run.</summary>
    public string AddinsFolder => Path.Join(Root, "addins");

    public string Version { get; }

    public string PackagePath => Path.Join(Folder, $"Cake.Marketplace.{Version}.nupkg");

    /// <summary>The directive a script starts with to load this package.</summary>
    public string AddinDirective => $"#addin nuget:{new Uri(Folder + "/").AbsoluteUri}?package=Cake.Marketplace&version={Version}";

    /// <summary>
    /// Packs the addin into a fresh feed. <paramref name="builtConfiguration"/>: pack the existing build of that
    /// configuration without building (the docs tests, which run beside these tests and must not build the same
    /// Release output at the same time); null: build and pack the Release configuration.
    /// </summary>
    public static async Task<AddinFeed> PackAsync(string? builtConfiguration = null)
    {
        var version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        var root = Path.Join(Path.GetTempPath(), "cake-marketplace-tests-" + Guid.NewGuid().ToString("N")[..8]);
        var feed = new AddinFeed(root, version);
        Directory.CreateDirectory(feed.Folder);

        // `dotnet cake` runs the repository's local tool; a fresh clone has not restored it yet.
        var restore = await ProcessRun.RunAsync("dotnet", ["tool", "restore"], RepositoryPaths.Root, new Dictionary<string, string?>(), TimeSpan.FromMinutes(3));
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet tool restore failed: " + restore);
        }

        // PackageVersion, not Version: the assemblies keep their version, so pack reuses the build instead of
        // recompiling the engine for a new assembly version.
        var pack = await ProcessRun.RunAsync("dotnet",
            ["pack", Path.Join(RepositoryPaths.Root, "src", "Cake.Marketplace", "Cake.Marketplace.csproj"), "-c", builtConfiguration ?? "Release",
                .. (builtConfiguration is null ? Array.Empty<string>() : ["--no-build"]), "-o", feed.Folder, $"-p:PackageVersion={version}", "-nologo"],
            RepositoryPaths.Root, new Dictionary<string, string?>(), TimeSpan.FromMinutes(5));
        if (pack.ExitCode != 0 || !File.Exists(feed.PackagePath))
        {
            throw new InvalidOperationException("dotnet pack failed: " + pack);
        }

        return feed;
    }

    public void Delete()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
