using System.Text.Json.Nodes;
using Marketplace.Release.Api;
using Marketplace.Release.Domain;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Init;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Failures;
using Marketplace.Release.Progress;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Init;

/// <summary>
/// docs/marketplace-api.md § Init: <c>init</c> writes a manifest from the live app, and <c>plan</c> on what it wrote finds nothing to
/// change. The sandbox holds a rich newest version: compatibility by product version and by a bare build number,
/// a listing with images by id, highlights, instructions, links, and texts YAML could misread.
/// </summary>
[TestFixture]
internal sealed class ManifestInitTests
{
    private const string Image = SandboxedClient.SeededImageId;
    private const string DeveloperId = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f";

    [Test]
    public async Task Plan_on_the_written_manifest_finds_nothing_to_change()
    {
        await using var sandbox = await SandboxedClient.StartAsync(AddRichVersion);
        using var workspace = WorkspaceBuilder.Create();

        var init = await ManifestInit.WriteAsync(sandbox.Connection, new MarketplaceClientOptions(), sandbox.Time, SandboxedClient.AppKey, Hosting.DataCenter);
        Assert.That(init.Failure, Is.Null, init.Failure?.Line);
        workspace.WithManifest(init.Manifest!);
        var plan = ManifestLoader.Load(workspace.ManifestPath, new DictionaryEnvironment(new Dictionary<string, string?>()));
        var result = await ReleaseEngine.PublishAsync(plan, new ReleaseOptions
        {
            Connection = sandbox.Connection,
            DryRun = true,
            TimeProvider = sandbox.Time,
            StateDirectory = workspace.PathOf(".state"),
        }, NullReleaseReporter.Instance);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Changes, Is.Empty, init.Manifest);
        Assert.That(sandbox.Server.Requests.All(r => r.Method == "GET"), Is.True);
        Assert.That(plan.Version.Number, Is.EqualTo("1.4.0"));
        Assert.That(plan.Version.ReleaseNotes, Is.EqualTo("Costs $5 less.\n\n- CSV: \"quoted\"\n- #2 # not a comment"));
        Assert.That(plan.Listing.MoreDetails, Is.EqualTo("Timesheets: for ${TEAMS}, yes"));
    }

    [Test]
    public async Task The_manifest_names_product_versions_images_by_id_and_what_to_change_next()
    {
        await using var sandbox = await SandboxedClient.StartAsync(AddRichVersion);

        var manifest = (await ManifestInit.WriteAsync(sandbox.Connection, new MarketplaceClientOptions(), sandbox.Time, SandboxedClient.AppKey, Hosting.DataCenter)).Manifest!;

        Assert.That(manifest, Does.Contain("      min: 9.12.0\n"));
        Assert.That(manifest, Does.Contain("      maxBuild: 10040005"), "a build number no product version has stays a build number");
        Assert.That(manifest, Does.Contain("  build: from-version"));
        Assert.That(manifest, Does.Contain($"    - {{imageId: {Image}, caption: Board view}}"));
        Assert.That(manifest, Does.Contain("  highlights:").And.Contain("    - title: Fast"));
        Assert.That(manifest, Does.Contain("    partnerSpecificTerms: \"Custom partner terms: see the EULA\""));
        Assert.That(manifest, Does.Contain("artifact: <your build output"));
        Assert.That(manifest, Does.Not.Contain("screenshot: {}"));
    }

    [Test]
    public async Task With_a_developer_id_plan_on_the_written_presence_sections_finds_nothing_to_change()
    {
        await using var sandbox = await SandboxedClient.StartAsync(seed =>
        {
            AddRichVersion(seed);

            // Every field the sections manage: images, both tag kinds, all five links, all four migration fields.
            var app = seed.Apps[0];
            app.AppListing!["images"] = JsonNode.Parse($$"""{"titleLogoFileId": "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b", "iconFileId": "{{Image}}", "bannerFileId": "{{Image}}"}""");
            app.AppListing["tags"] = JsonNode.Parse("""{"category": ["time-tracking"], "keywords": ["timesheet", "worklog"]}""");
            app.AppListing["communityEnabled"] = true;
            app.AppListing["developerLinks"] = JsonNode.Parse("""
                {"issueTracker": "https://example.com/issues", "supportTicketSystem": "https://example.com/support",
                 "appStatusPage": "https://status.example.com", "forums": "https://example.com/forums", "privacy": "https://example.com/privacy"}
                """);
            app.CloudMigration = JsonNode.Parse("""
                {"addonName": "Timesheets for Jira", "migrationPath": "INSTALL_ONLY", "cloudMigrationAssistantCompatibility": "1.3.0",
                 "migrationDocumentation": "https://example.com/migrate", "featureDifferenceDocumentation": "https://example.com/differences"}
                """)!.AsObject();
        });
        using var workspace = WorkspaceBuilder.Create();

        var init = await ManifestInit.WriteAsync(sandbox.Connection, new MarketplaceClientOptions(), sandbox.Time, SandboxedClient.AppKey, Hosting.DataCenter, DeveloperId);
        Assert.That(init.Failure, Is.Null, init.Failure?.Line);
        workspace.WithManifest(init.Manifest!);
        var plan = ManifestLoader.Load(workspace.ManifestPath, new DictionaryEnvironment(new Dictionary<string, string?>()));
        var result = await ReleaseEngine.PublishAsync(plan, new ReleaseOptions
        {
            Connection = sandbox.Connection,
            DryRun = true,
            TimeProvider = sandbox.Time,
            StateDirectory = workspace.PathOf(".state"),
        }, NullReleaseReporter.Instance);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Changes, Is.Empty, init.Manifest);
        Assert.That(sandbox.Server.Requests.All(r => r.Method == "GET"), Is.True);
        Assert.That(init.Manifest, Does.Contain($"  icon: {{imageId: {Image}}}\n").And.Contain("  links:\n    issueTracker: https://example.com/issues\n")
            .And.Contain("  migrationPath: install-only\n").And.Contain("    keywords: [timesheet, worklog]\n").And.Not.Contain("privacySecurity"));
        Assert.That(plan.AppListing, Is.Not.Null);
        Assert.That(plan.CloudMigration, Is.Not.Null);
    }

    [Test]
    public async Task A_developer_space_without_the_app_is_a_refusal_naming_the_fix()
    {
        await using var sandbox = await SandboxedClient.StartAsync();

        var init = await ManifestInit.WriteAsync(sandbox.Connection, new MarketplaceClientOptions(), sandbox.Time, SandboxedClient.AppKey, Hosting.DataCenter, "00000000-0000-4000-8000-000000000000");

        Assert.That(init.Manifest, Is.Null);
        Assert.That(init.ExitCode, Is.EqualTo(ExitCodes.Refused));
        Assert.That(init.Failure!.Line, Does.Contain("lists no app with the key").And.Contain("Fix:"));
    }

    [TestCase("com.example.none", Hosting.DataCenter, "no app with the key 'com.example.none'")]
    [TestCase(SandboxedClient.AppKey, Hosting.Cloud, "has no cloud hosting")]
    [TestCase(SandboxedClient.AppKey, Hosting.Server, "has no server version yet")]
    public async Task An_app_that_cannot_be_read_is_a_refusal_naming_the_fix(string appKey, Hosting hosting, string cause)
    {
        await using var sandbox = await SandboxedClient.StartAsync();

        var init = await ManifestInit.WriteAsync(sandbox.Connection, new MarketplaceClientOptions(), sandbox.Time, appKey, hosting);

        Assert.That(init.Manifest, Is.Null);
        Assert.That(init.ExitCode, Is.EqualTo(ExitCodes.Refused));
        Assert.That(init.Failure!.Line, Does.Contain(cause).And.Contain("Fix:"));
    }

    private static void AddRichVersion(Sandbox.SandboxSeed seed) => SandboxedClient.AddVersion(seed, $$$"""
        {"buildNumber": 100400000, "versionNumber": "1.4.0", "state": "approved",
         "compatibilities": [{"parentSoftwareId": "jira", "minBuildNumber": 9120000, "maxBuildNumber": 10040005},
                             {"parentSoftwareId": "confluence", "minBuildNumber": 9012, "maxBuildNumber": 9210}],
         "supportedPaymentModel": "paid-via-atlassian",
         "frameworkDetails": {"frameworkId": "plugin", "attributes": {"artifactId": "{{{SandboxedClient.SeededArtifactId}}}", "pluginFrameworkType": "P2"}},
         "licenseType": {"id": "commercial"}, "supported": true, "beta": true,
         "acceptedAgreements": [{"agreementUrl": "https://www.atlassian.com/licensing/marketplace/partneragreement"}],
         "changelog": {"releaseSummary": "Exports: faster", "releaseNotes": "Costs $5 less.\n\n- CSV: \"quoted\"\n- #2 # not a comment"}}
        """, $$$"""
        {"state": "PUBLIC", "approvalStatus": "APPROVED",
         "moreDetails": "Timesheets: for ${TEAMS}, yes",
         "heroImage": "{{{Image}}}", "youtubeId": "dQw4w9WgXcQ",
         "screenshots": [{"imageId": "{{{Image}}}", "caption": "Board view"}, {"imageId": "{{{Image}}}"}],
         "highlights": [
           {"title": "Fast", "caption": "Fast exports", "summary": "3x faster", "screenshot": {"imageId": "{{{Image}}}", "caption": "Export"}, "thumbnail": "{{{Image}}}"},
           {"title": "Weekly", "caption": "Weekly reports", "summary": "Every Monday", "screenshot": {"imageId": "{{{Image}}}"}},
           {"title": "true", "caption": "Team views", "summary": "10.4", "screenshot": {"imageId": "{{{Image}}}"}}],
         "deploymentInstructions": [{"body": "Install it from the Marketplace"}, {"body": "Open settings", "screenshot": {"imageId": "{{{Image}}}", "caption": "Settings"}}],
         "developerLinks": {"documentation": "https://example.com/timesheets/docs", "learnMore": "https://example.com/timesheets",
           "eula": "https://example.com/timesheets/eula", "purchase": "https://example.com/timesheets/buy",
           "bonTermsSupported": true, "partnerSpecificTerms": "Custom partner terms: see the EULA"}}
        """);
}
