using Cake.Marketplace.Tests.Fixtures;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;

namespace Cake.Marketplace.Tests.Scripts;

/// <summary>
/// The addin as users meet it: the real runner (<c>dotnet cake</c>) loads the freshly packed package from a
/// folder feed with a plain <c>#addin</c> directive, and the script releases to an in-process sandbox over
/// loopback HTTP. The tests assert what the sandbox then holds and what the log says.
/// </summary>
[TestFixture]
[NonParallelizable]
internal sealed class CakeScriptTests
{
    private const long Build = 100400000;
    private SandboxHost sandbox = null!;
    private ScriptWorkspace workspace = null!;

    private static AddinFeed Feed => AddinPackage.Feed;

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await SandboxHost.StartAsync();
        workspace = ScriptWorkspace.WithExample();
    }

    [TearDown]
    public async Task TearDown()
    {
        workspace.Dispose();
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task One_alias_releases_the_example_and_returns_the_result_the_CLI_writes()
    {
        workspace.WriteScript(Feed, """
            Task("Release").Does(() =>
            {
                var result = MarketplaceRelease("./marketplace-release.yml");
                Information("status={0} exitCode={1} artifact={2}", result.Status, result.ExitCode, result.ArtifactId);
                System.IO.File.WriteAllText("result.json", ReleaseResultJson.Serialize(result));
            });
            RunTarget("Release");
            """);

        var run = await RunAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var version = sandbox.State.Version(sandbox.AppSoftwareId, Build);
        var listing = sandbox.State.Listing(sandbox.AppSoftwareId, Build);
        var result = ReleaseResultJson.Deserialize(File.ReadAllText(workspace.PathOf("result.json")))!;
        Assert.Multiple(() =>
        {
            Assert.That(version?.VersionNumber, Is.EqualTo("1.4.0"));
            Assert.That(listing?.State, Is.EqualTo("PUBLIC"));
            Assert.That(result.Status, Is.EqualTo(ReleaseStatus.Published));
            Assert.That(result.ExitCode, Is.Zero);
            Assert.That(result.ArtifactId, Is.EqualTo(version?.ArtifactId).And.Not.Null);
            Assert.That(result.Steps.Select(s => s.Name), Is.EqualTo(ReleaseEngine.StepNamesFor(ManifestLoader.Load(workspace.PathOf(ScriptWorkspace.ManifestFileName), new DictionaryEnvironment(new Dictionary<string, string?>())))));
            Assert.That(run.Output, Does.Contain("✔ create-version"));
            Assert.That(run.Output, Does.Contain("✔ published com.example.timesheets 1.4.0: listing PUBLIC"));
            Assert.That(run.Output, Does.Contain($"status=Published exitCode=0 artifact={result.ArtifactId}"));
            Assert.That(run.Output, Does.Not.Contain(sandbox.Token));
        });
    }

    [Test]
    public async Task Step_aliases_compose_a_release_and_each_skips_the_work_already_done()
    {
        workspace.WriteScript(Feed, """
            var target = Argument("target", "Publish");
            var manifest = File("./marketplace-release.yml");
            Task("Upload").Does(() => MarketplaceUploadArtifact(manifest));
            Task("Wait").IsDependentOn("Upload").Does(() => MarketplaceWaitForArtifact(manifest));
            Task("CreateVersion").IsDependentOn("Wait").Does(() => MarketplaceCreateVersion(manifest));
            Task("CreateListing").IsDependentOn("CreateVersion").Does(() => MarketplaceCreateVersionListing(manifest));
            Task("Publish").IsDependentOn("CreateListing").Does(() =>
            {
                var result = MarketplacePublishVersionListing(manifest);
                Information("final status={0}", result.Status);
            });
            RunTarget(target);
            """);

        var staged = await RunAsync("--target=CreateListing");

        Assert.That(staged.ExitCode, Is.Zero, staged.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(sandbox.State.Version(sandbox.AppSoftwareId, Build), Is.Not.Null);
            Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, Build)?.State, Is.EqualTo("PRIVATE"));
            Assert.That(sandbox.State.ArtifactUploadCount, Is.EqualTo(1));
            // Each later alias found the earlier steps' work on the Marketplace and skipped it.
            Assert.That(Count(staged.Output, "✔ upload-artifact"), Is.EqualTo(1), staged.Output);
            Assert.That(Count(staged.Output, "- upload-artifact (skipped)"), Is.EqualTo(3), staged.Output);
            Assert.That(Count(staged.Output, "✔ create-version"), Is.EqualTo(1), staged.Output);
            Assert.That(staged.Output, Does.Contain("✔ create-listing"));
            Assert.That(staged.Output, Does.Not.Contain("✔ publish"));
        });

        var published = await RunAsync("--target=Publish");

        Assert.That(published.ExitCode, Is.Zero, published.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, Build)?.State, Is.EqualTo("PUBLIC"));
            Assert.That(sandbox.State.ArtifactUploadCount, Is.EqualTo(1), "the re-run uploaded again");
            Assert.That(sandbox.State.Versions(sandbox.AppSoftwareId).Count(v => v.BuildNumber == Build), Is.EqualTo(1));
            Assert.That(published.Output, Does.Not.Contain("✔ upload-artifact"));
            Assert.That(published.Output, Does.Contain("✔ publish"));
            Assert.That(published.Output, Does.Contain("final status=Published"));
        });
    }

    [Test]
    public async Task A_refused_token_fails_the_script_with_exit_code_3_and_names_the_cause()
    {
        const string wrongToken = "wrong-token-0123456789abcdef";
        workspace.WriteScript(Feed, $$"""
            var target = Argument("target", "Release");
            Task("Release").Does(() =>
            {
                try
                {
                    MarketplaceRelease("./marketplace-release.yml", new MarketplaceSettings { ApiToken = "{{wrongToken}}" });
                }
                catch (MarketplaceReleaseException failed)
                {
                    Information("caught exitCode={0} status={1}", failed.ExitCode, failed.Result.Status);
                    throw;
                }
            });
            try { RunTarget(target); }
            catch (CakeReportException report) when (report.InnerException is MarketplaceReleaseException failed)
            {
                throw new CakeException(failed.ExitCode, failed.Message);
            }
            """);

        var run = await RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
            Assert.That(run.Output, Does.Contain("caught exitCode=3 status=Failed"));
            Assert.That(run.Output, Does.Contain("the Marketplace refused the credentials"));
            Assert.That(run.Output, Does.Contain("Fix: set MARKETPLACE_USER"));
            Assert.That(run.Output, Does.Not.Contain(wrongToken));
            Assert.That(run.Output, Does.Not.Contain(sandbox.Token));
            Assert.That(sandbox.Mutations, Is.Empty);
        });
    }

    [Test]
    public async Task An_invalid_manifest_fails_with_exit_code_2_naming_the_line_and_sends_nothing()
    {
        workspace.WriteFile("marketplace-release.yml", "schema: 1\napp:\n  key: com.example.timesheets\n  hostign: datacenter\n");
        workspace.WriteScript(Feed, """
            try { MarketplaceRelease("./marketplace-release.yml"); }
            catch (MarketplaceReleaseException failed) { throw new CakeException(failed.ExitCode, failed.Message); }
            """);

        var run = await RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
            Assert.That(run.Output, Does.Contain("marketplace-release.yml:4:"));
            Assert.That(run.Output, Does.Contain("nothing was sent"));
            Assert.That(sandbox.Server.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task A_dry_run_and_the_plan_alias_send_no_mutation()
    {
        workspace.WriteScript(Feed, """
            var plan = MarketplacePlan("./marketplace-release.yml");
            Information("plan status={0} changes={1}", plan.Status, plan.Changes.Count);
            var dry = MarketplaceRelease("./marketplace-release.yml", new MarketplaceSettings { DryRun = true });
            Information("dry status={0}", dry.Status);
            """);

        var run = await RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(sandbox.Mutations, Is.Empty);
            Assert.That(sandbox.Server.Requests, Is.Not.Empty, "a plan reads the live state");
            Assert.That(sandbox.State.Version(sandbox.AppSoftwareId, Build), Is.Null);
            Assert.That(run.Output, Does.Match(@"plan status=Planned changes=[1-9]"));
            Assert.That(run.Output, Does.Contain("dry status=Planned"));
            Assert.That(run.Output, Does.Contain("✔ plan: publish would"));
        });
    }

    [Test]
    public async Task The_token_never_reaches_the_log_even_at_diagnostic_verbosity()
    {
        workspace.WriteScript(Feed, """
            var settings = new MarketplaceSettings { ApiToken = EnvironmentVariable("MARKETPLACE_API_TOKEN") };
            Information("settings: {0}", settings);
            MarketplaceValidate("./marketplace-release.yml");
            MarketplaceRelease("./marketplace-release.yml", settings);
            """);

        var run = await RunAsync("--verbosity=diagnostic");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, Build)?.State, Is.EqualTo("PUBLIC"));
            Assert.That(run.Output, Does.Contain("apiToken=***"));
            Assert.That(run.Output, Does.Contain("✔ marketplace-release.yml is valid: com.example.timesheets 1.4.0 (build 100400000"));
            Assert.That(run.Output, Does.Not.Contain(sandbox.Token));
        });
    }

    [Test]
    public async Task The_example_in_the_README_section_works_when_pasted()
    {
        var markdown = File.ReadAllText(Path.Join(RepositoryPaths.Root, "README.md"));
        var section = markdown.IndexOf("### Example", markdown.IndexOf("## Cake addin", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.That(section, Is.GreaterThanOrEqualTo(0), "the README's Cake section has no example");
        var start = markdown.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        var example = markdown[start..markdown.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.That(example, Does.StartWith("#addin nuget:file://"));
        // The example loads the addin from a local feed folder; here that folder is the freshly packed one, found through
        // Cake's NuGet source setting by the plain directive (the form once the addin is on nuget.org).
        File.WriteAllText(workspace.ScriptPath, System.Text.RegularExpressions.Regex.Replace(example, @"^#addin nuget:file://[^?]*\?", "#addin nuget:?", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Replace(System.Text.RegularExpressions.Regex.Match(example, @"&version=[^\s]+").Value, "&version=" + Feed.Version, StringComparison.Ordinal));
        var environment = new Dictionary<string, string?>(sandbox.Environment) { ["CAKE_NUGET_SOURCE"] = Feed.Folder };

        var run = await CakeRunner.RunAsync(Feed, workspace.ScriptPath, environment);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, Build)?.State, Is.EqualTo("PUBLIC"));
            Assert.That(run.Output, Does.Contain("Will release com.example.timesheets 1.4.0 (build 100400000)"));
            Assert.That(run.Output, Does.Contain("com.example.timesheets 1.4.0: Published (http://127.0.0.1:"));
            Assert.That(File.Exists(workspace.PathOf("artifacts/marketplace-release-result.json")), Is.True);
        });
    }

    private Task<ProcessRun> RunAsync(params string[] arguments) =>
        CakeRunner.RunAsync(Feed, workspace.ScriptPath, sandbox.Environment, arguments);

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
