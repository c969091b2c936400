using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// End-to-end: the CLI publishes the bundled example over real loopback HTTP to the sandbox, and the tests assert
/// what the sandbox ended up holding, the exit code and the output.
/// </summary>
[TestFixture]
internal sealed class PublishCommandTests
{
    private const long Build = 100400000;
    private SandboxHost sandbox = null!;
    private WorkspaceBuilder workspace = null!;

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await SandboxHost.StartAsync();
        workspace = WorkspaceBuilder.Create().WithExample();
    }

    [TearDown]
    public async Task TearDown()
    {
        workspace.Dispose();
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task Publishes_the_example_with_every_field_the_manifest_gives()
    {
        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var version = sandbox.State.Version(sandbox.AppSoftwareId, Build);
        Assert.That(version, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(version!.VersionNumber, Is.EqualTo("1.4.0"));
            Assert.That(version.Compatibilities, Has.Count.EqualTo(1));
            Assert.That(version.Compatibilities[0], Is.EqualTo(new SandboxCompatibility("jira", 9120000, 10030003)));
            Assert.That(version.FrameworkId, Is.EqualTo("plugin"));
            Assert.That(version.PluginFrameworkType, Is.EqualTo("P2"));
            Assert.That(version.ArtifactId, Is.EqualTo(run.Result!.ArtifactId).And.Not.Null);
            Assert.That(version.AcceptedAgreements, Is.EqualTo(new[] { "https://www.atlassian.com/licensing/marketplace/partneragreement" }));
            Assert.That(version.SupportedPaymentModel, Is.EqualTo("paid-via-atlassian"));
            Assert.That(version.LicenseType, Is.EqualTo("commercial"));
            Assert.That(version.ReleaseSummary, Is.EqualTo("Faster exports"));
            Assert.That(version.ReleaseNotes, Does.Contain("Export is now 3x faster."));
            Assert.That(version.Supported, Is.True);
            Assert.That(version.Beta, Is.False);
        });

        var listing = sandbox.State.Listing(sandbox.AppSoftwareId, Build)!;
        Assert.Multiple(() =>
        {
            Assert.That(listing.State, Is.EqualTo("PUBLIC"));
            Assert.That(listing.MoreDetails, Is.EqualTo("Timesheets for Jira teams."));
            Assert.That(listing.Screenshots, Has.Count.EqualTo(1));
            Assert.That(listing.Screenshots[0].Caption, Is.EqualTo("Board view"));
            Assert.That(sandbox.State.HasImage(listing.Screenshots[0].ImageId!), Is.True);
            Assert.That(listing.DeveloperLinks?["documentation"]?.ToString(), Is.EqualTo("https://example.com/timesheets/docs"));
            // Inherited from 1.3.0's listing: the manifest does not give learnMore... but developerLinks is given whole.
            Assert.That(run.Result!.Status, Is.EqualTo(ReleaseStatus.Published));
            Assert.That(run.Result.ListingState, Is.EqualTo("PUBLIC"));
            Assert.That(run.Result.ApprovalStatus, Is.EqualTo("SUBMITTED"));
            Assert.That(run.Result.Steps.Select(s => s.Name), Is.EqualTo(ReleaseEngine.StepNamesFor(ManifestLoader.Load(workspace.ManifestPath, new DictionaryEnvironment(new Dictionary<string, string?>())))));
            Assert.That(run.Out, Does.Contain("✔ published com.example.timesheets 1.4.0"));
        });
    }

    [Test]
    public async Task Listing_fields_the_manifest_leaves_out_are_inherited_from_the_previous_version()
    {
        var manifest = File.ReadAllText(workspace.ManifestPath);
        var withoutLinks = manifest[..manifest.IndexOf("  developerLinks:", StringComparison.Ordinal)] + "  highlights: []\n";
        workspace.WithManifest(withoutLinks);

        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var listing = sandbox.State.Listing(sandbox.AppSoftwareId, Build)!;
        // 1.3.0's listing in the seed has learnMore, which the example manifest never names.
        Assert.That(listing.DeveloperLinks?["learnMore"]?.ToString(), Is.EqualTo("https://example.com/timesheets"));
        Assert.That(listing.Highlights, Is.Null.Or.Empty);
        Assert.That(run.Out, Does.Contain("inherit: previous"));
    }

    [Test]
    public async Task The_listing_is_created_public_in_one_post_once_the_version_and_its_images_exist()
    {
        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var requests = sandbox.Server.Requests;
        var listingWrites = requests.Where(r => r.PathAndQuery.EndsWith("/listing", StringComparison.Ordinal) && r.Method is "POST" or "PUT").ToList();
        Assert.That(listingWrites.Select(r => r.Method), Is.EqualTo(new[] { "POST" }));
        Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, Build)!.State, Is.EqualTo("PUBLIC"));
        Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, Build)!.Revision, Is.EqualTo(1));
        var post = requests.ToList().IndexOf(listingWrites[0]);
        Assert.That(requests.Take(post).Count(r => r.Method == "POST" && r.PathAndQuery.EndsWith("/versions", StringComparison.Ordinal) && r.StatusCode == 201), Is.EqualTo(1), "the version exists before its listing");
        Assert.That(requests.Take(post).Any(r => r.Method == "POST" && r.PathAndQuery.Contains("/assets/images/", StringComparison.Ordinal) && r.StatusCode == 200), "the image exists before the listing that shows it");
        Assert.That(run.Out, Does.Contain("created the listing as PUBLIC").And.Contain("publish (skipped): the listing is already PUBLIC"));
    }

    [Test]
    public async Task A_listing_that_stays_private_is_created_private_and_published_later_by_a_put()
    {
        var manifest = File.ReadAllText(workspace.ManifestPath);
        workspace.WithManifest(manifest.Replace("state: public", "state: private", StringComparison.Ordinal));
        var staged = await PublishAsync();
        workspace.WithManifest(manifest);
        var published = await PublishAsync();

        Assert.That(staged.Out, Does.Contain("created the listing as PRIVATE"), staged.ToString());
        Assert.That(published.ExitCode, Is.Zero, published.ToString());
        var listingWrites = sandbox.Server.Requests.Where(r => r.PathAndQuery.EndsWith("/listing", StringComparison.Ordinal) && r.Method is "POST" or "PUT").ToList();
        Assert.That(listingWrites.Select(r => r.Method), Is.EqualTo(new[] { "POST", "PUT" }));
        Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, Build)!.State, Is.EqualTo("PUBLIC"));
    }

    [Test]
    public async Task A_rerun_sends_no_post_or_put_and_reports_nothing_to_do()
    {
        await PublishAsync();
        var before = sandbox.Mutations.Count;

        var rerun = await PublishAsync();

        Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
        Assert.That(sandbox.Mutations, Has.Count.EqualTo(before));
        Assert.That(rerun.Result!.Status, Is.EqualTo(ReleaseStatus.Unchanged));
        Assert.That(rerun.Out, Does.Contain("nothing to do"));
    }

    [Test]
    public async Task Plan_sends_no_mutation_and_says_what_would_change()
    {
        var run = await CliRunner.RunAsync(sandbox, workspace, ["plan"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(sandbox.Mutations, Is.Empty);
        Assert.That(run.Result!.Status, Is.EqualTo(ReleaseStatus.Planned));
        Assert.That(run.Result.Changes, Has.Some.Contains("create version 1.4.0"));
        Assert.That(run.Out, Does.Contain("would upload timesheets-1.4.0.jar"));
    }

    [Test]
    public async Task Publish_dry_run_is_plan()
    {
        var run = await PublishAsync("--dry-run");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(sandbox.Mutations, Is.Empty);
        Assert.That(run.Result!.Status, Is.EqualTo(ReleaseStatus.Planned));
    }

    [Test]
    public async Task A_private_listing_is_staged_and_never_made_public()
    {
        workspace.WithManifest(File.ReadAllText(workspace.ManifestPath).Replace("state: public", "state: private", StringComparison.Ordinal));

        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, Build)!.State, Is.EqualTo("PRIVATE"));
        Assert.That(sandbox.RequestsTo("PUT", "/rest/3/app-software"), Is.Empty);
        Assert.That(run.Result!.Status, Is.EqualTo(ReleaseStatus.Staged));
    }

    [Test]
    public async Task Wrong_credentials_exit_3_and_never_print_the_token()
    {
        const string token = "wrong-token-5f1c2b";

        var run = await PublishAsync(environment: new Dictionary<string, string?> { ["MARKETPLACE_API_TOKEN"] = token });

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
        Assert.That(run.All, Does.Contain("refused the credentials").And.Contain("MARKETPLACE_API_TOKEN"));
        Assert.That(run.All, Does.Not.Contain(token));
        Assert.That(File.ReadAllText(Directory.GetFiles(workspace.Root, "result-*.json").Single()), Does.Not.Contain(token));
        Assert.That(sandbox.Mutations, Is.Empty);
    }

    [Test]
    public async Task An_unknown_app_key_exits_4_naming_the_key()
    {
        workspace.WithManifest(File.ReadAllText(workspace.ManifestPath).Replace("com.example.timesheets", "com.example.nothing", StringComparison.Ordinal));

        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.EqualTo(4), run.ToString());
        Assert.That(run.Out, Does.Contain("no app with the key 'com.example.nothing'").And.Contain("Fix:"));
        Assert.That(sandbox.Mutations, Is.Empty);
    }

    [Test]
    public async Task A_conflicting_existing_version_exits_7_and_creates_nothing()
    {
        // The seed holds 1.3.0 (build 100300000) on another artifact, with other compatibilities and release notes: those
        // two could be updated in place (docs/marketplace-api.md § Compatibility updates), the artifact cannot, so nothing is sent at all.
        var run = await PublishAsync(environment: new Dictionary<string, string?> { ["VERSION"] = "1.3.0" });

        Assert.That(run.ExitCode, Is.EqualTo(7), run.ToString());
        Assert.That(run.Out, Does.Contain("already exists with different content: artifact"));
        Assert.That(sandbox.Mutations, Is.Empty);
        Assert.That(sandbox.State.Versions(sandbox.AppSoftwareId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_invalid_manifest_exits_2_with_file_line_and_column_and_sends_nothing()
    {
        workspace.WithManifest("schema: 1\napp:\n  key: com.example.timesheets\n  hostng: datacenter\n");

        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Out, Does.Match(@"marketplace-release\.yml:4:3: .*hostng.*hosting"));
        Assert.That(sandbox.Server.Requests, Is.Empty);
        Assert.That(run.Result!.Status, Is.EqualTo(ReleaseStatus.Failed));
    }

    [Test]
    public async Task Missing_credentials_exit_2_before_anything_is_sent()
    {
        var run = await PublishAsync(environment: new Dictionary<string, string?> { ["MARKETPLACE_USER"] = null });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Out, Does.Contain("MARKETPLACE_USER not set"));
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }

    [Test]
    public async Task Plain_http_to_another_host_is_refused_before_anything_is_sent()
    {
        var run = await PublishAsync(environment: new Dictionary<string, string?> { ["MARKETPLACE_BASE_URL"] = "http://marketplace.example.com/marketplace" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Out, Does.Contain("plain http"));
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }

    [Test]
    public async Task A_refused_base_url_option_names_the_option_not_the_variable_it_overrides()
    {
        var run = await PublishAsync("--base-url=http://marketplace.example.com/marketplace");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Out, Does.Contain("--base-url 'http://marketplace.example.com/marketplace' uses plain http"));
        Assert.That(run.All, Does.Not.Contain("MARKETPLACE_BASE_URL"));
    }

    [Test]
    public async Task A_failure_before_the_first_request_is_printed_once_on_standard_output()
    {
        var run = await PublishAsync(environment: new Dictionary<string, string?> { ["MARKETPLACE_USER"] = null });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Error, Is.Empty);
        Assert.That(run.Out.Split("MARKETPLACE_USER not set").Length - 1, Is.EqualTo(1), run.ToString());
    }

    [Test]
    public async Task After_a_manifest_error_the_result_file_holds_the_diagnostics_and_stderr_stays_empty()
    {
        workspace.WithManifest("schema: 1\napp:\n  key: com.example.timesheets\n  hostng: datacenter\n");

        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Error, Is.Empty);
        var diagnostic = run.Result!.Diagnostics!.Single(d => d.Line == 4);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.File, Is.EqualTo("marketplace-release.yml"));
            Assert.That(diagnostic.Column, Is.EqualTo(3));
            Assert.That(diagnostic.Message, Does.Contain("hostng").And.Contain("hosting"));
            Assert.That(run.Out, Does.Contain(diagnostic.ToString()), "the lines the result file points to are the lines printed");
        });
    }

    [Test]
    public async Task The_resolve_line_shows_compatibility_as_the_manifest_gave_it_not_as_build_numbers()
    {
        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain("compatibility jira 9.12.0–10.3.3").And.Not.Contain("9120000"), run.Out);
    }

    [Test]
    public async Task The_result_file_keeps_apostrophes_as_written()
    {
        workspace.WithManifest("schema: 1\napp:\n  key: com.example.timesheets\n  hostng: datacenter\n");

        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        var text = File.ReadAllText(Directory.GetFiles(workspace.Root, "result-*.json").Single());
        Assert.That(text, Does.Contain("did you mean 'hosting'?").And.Not.Contain(@"\u0027"), text);
        Assert.That(ReleaseResultJson.Deserialize(text)!.Diagnostics!.Single(d => d.Line == 4).Message, Does.Contain("'hosting'"));
    }

    private Task<CliRun> PublishAsync(string? option = null, IReadOnlyDictionary<string, string?>? environment = null) =>
        CliRunner.RunAsync(sandbox, workspace, option is null ? ["publish"] : ["publish", option], environment);
}
