using System.Text.RegularExpressions;
using Cake.Marketplace.Tests.Fixtures;
using Marketplace.Release.Docs.Tests.Fixtures;
using Marketplace.Sandbox;
using Marketplace.Sandbox.Samples;

namespace Marketplace.Release.Docs.Tests.Examples;

/// <summary>
/// A documented Cake script, run by the real Cake runner (<c>dotnet cake</c>, the repository's tool manifest) in a
/// workspace holding the example manifest, its jar and screenshot, against a sandbox. The script's local-feed
/// directive (<c>#addin nuget:file://…?package=Cake.Marketplace&amp;version=V</c>, V the product version) is pointed
/// at the addin packed fresh from this checkout, as the addin's own tests do.
/// </summary>
internal static partial class CakeExample
{
    private static readonly Lazy<Task<AddinFeed>> Feed = new(() => AddinFeed.PackAsync(BuildInfo.Configuration));

    /// <summary>Deletes the feed and the addins Cake installed from it, when a test packed one.</summary>
    public static async Task DeleteFeedAsync()
    {
        if (Feed.IsValueCreated && Feed.Value.IsCompletedSuccessfully)
        {
            (await Feed.Value).Delete();
        }
    }

    public static async Task<(ProcessRun Run, SandboxServer Server)> RunAsync(string script)
    {
        var directive = LocalDirective().Match(script);
        Assert.That(directive.Success, Is.True, "the runnable Cake example starts with the local-feed form: #addin nuget:file:///…/?package=Cake.Marketplace&version=" + BuildInfo.ProductVersion);
        Assert.That(directive.Groups["version"].Value, Is.EqualTo(BuildInfo.ProductVersion), "the directive's version is the version this checkout packs");
        var feed = await Feed.Value;

        var workspace = Directory.CreateTempSubdirectory("marketplace-release-docs-cake-").FullName;
        var seed = SandboxSeed.Default;
        seed.ProcessingDelay = TimeSpan.FromMilliseconds(200);
        seed.UploadSpacing = TimeSpan.Zero;
        var server = await SandboxServer.StartAsync(new SandboxOptions { Port = 0, Seed = seed });
        try
        {
            File.Copy(Path.Join(RepositoryPaths.Root, "examples", "marketplace-release.yml"), Path.Join(workspace, "marketplace-release.yml"));
            Directory.CreateDirectory(Path.Join(workspace, "target"));
            File.WriteAllBytes(Path.Join(workspace, "target", "timesheets-1.4.0.jar"), SampleFiles.PluginJar());
            Directory.CreateDirectory(Path.Join(workspace, "docs", "screens"));
            File.WriteAllBytes(Path.Join(workspace, "docs", "screens", "board.png"), SampleFiles.Png(64, 40));
            var path = Path.Join(workspace, "release.cake");
            File.WriteAllText(path, LocalDirective().Replace(script, feed.AddinDirective, 1));
            var user = seed.Users[0];
            var run = await CakeRunner.RunAsync(feed, path, new Dictionary<string, string?>
            {
                ["MARKETPLACE_USER"] = user.Email,
                ["MARKETPLACE_API_TOKEN"] = user.Token,
                ["MARKETPLACE_BASE_URL"] = server.BaseUrl.ToString(),
            });
            return (run, server);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [GeneratedRegex(@"^#addin nuget:file://[^?\s]+\?package=Cake\.Marketplace&version=(?<version>[^&\s]+)[^\n]*$", RegexOptions.Multiline)]
    private static partial Regex LocalDirective();
}
