using System.Text.Json.Nodes;
using Marketplace.Release.Manifest;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>
/// docs/marketplace-api.md § Presence sections: the sections <c>appListing</c>, <c>cloudMigration</c>, <c>privacySecurity</c> and <c>app.developerId</c>.
/// Lines 1-13 are <see cref="ManifestTestSupport.MinimalManifest"/>; appended sections start on line 14.
/// </summary>
public sealed class PresenceSectionTests
{
    private const string DeveloperId = "87654321-4321-4321-4321-210987654321";
    private const string IconId = "a1b2c3d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d";

    internal const string Presence = $$"""
        appListing:
          name: Timesheets for Jira
          summary: Track time where you work.
          tagline: Timesheets your team will fill in
          tags: {categories: [time-tracking], keywords: [timesheet, worklog]}
          icon: {imageId: {{IconId}}}
          banner: {image: docs/banner.png}
          communityEnabled: true
          links:
            issueTracker: https://example.com/issues
            supportTicketSystem: https://example.com/support
            appStatusPage: https://status.example.com
            forums: https://community.example.com
            privacy: https://example.com/privacy
        cloudMigration:
          assistantCompatibility: ${VERSION}
          migrationPath: install-only
          migrationDocumentation: https://example.com/migrate
          featureDifferenceDocumentation: https://example.com/differences
        privacySecurity:
          file: privacy-and-security.yml

        """;

    internal const string PrivacyYaml = """
        dataAccessAndStorage:
          typesOfDataAccessed: [USER_PROFILE, CONTENT]
          appExposesRemoteRestApis: false
          remoteRestApisAdditionalDetails: ~
        dataRetention:
          retentionDurationInDays: {min: 30, max: 90}
        security:
          securityContact: "true"

        """;

    internal static string WithDeveloperId(string manifest) =>
        manifest.Replace("  hosting: datacenter\n", $"  hosting: datacenter\n  developerId: {DeveloperId}\n", StringComparison.Ordinal);

    [Test]
    public void Every_presence_section_becomes_the_exact_plan()
    {
        using var workspace = Workspace(WithDeveloperId(MinimalManifest) + Presence)
            .WithPng("docs/banner.png")
            .WithFile("privacy-and-security.yml", PrivacyYaml);

        var plan = Load(workspace, Environment(("VERSION", "1.4.0")));

        Assert.Multiple(() =>
        {
            Assert.That(plan.DeveloperId, Is.EqualTo(DeveloperId));
            Assert.That(plan.App.DeveloperId, Is.EqualTo(DeveloperId));
            var listing = plan.AppListing!;
            Assert.That(listing.Name, Is.EqualTo("Timesheets for Jira"));
            Assert.That(listing.Summary, Is.EqualTo("Track time where you work."));
            Assert.That(listing.Tagline, Is.EqualTo("Timesheets your team will fill in"));
            Assert.That(listing.Tags!.Categories, Is.EqualTo(new[] { "time-tracking" }));
            Assert.That(listing.Tags.Keywords, Is.EqualTo(new[] { "timesheet", "worklog" }));
            Assert.That(listing.Icon, Is.EqualTo(new ImageRef(null, IconId, "icon")));
            Assert.That(listing.Banner, Is.EqualTo(new ImageRef(workspace.PathOf("docs/banner.png"), null, "banner")));
            Assert.That(listing.CommunityEnabled, Is.True);
            Assert.That(listing.Links, Is.EqualTo(new AppListingLinksSpec(
                "https://example.com/issues", "https://example.com/support", "https://status.example.com", "https://community.example.com", "https://example.com/privacy")));
            Assert.That(plan.CloudMigration, Is.EqualTo(new CloudMigrationSpec
            {
                AssistantCompatibility = "1.4.0",
                MigrationPath = MigrationPath.InstallOnly,
                MigrationDocumentation = "https://example.com/migrate",
                FeatureDifferenceDocumentation = "https://example.com/differences",
            }));
            Assert.That(plan.CloudMigration!.MigrationPath!.Value.ToWire(), Is.EqualTo("INSTALL_ONLY"));
            Assert.That(plan.PrivacySecurity!.FilePath, Is.EqualTo(workspace.PathOf("privacy-and-security.yml")));
            Assert.That(plan.PrivacySecurity.Publish, Is.True);
            Assert.That(plan.PrivacySecurity.CommonCloud.ToJsonString(), Is.EqualTo(
                """{"dataAccessAndStorage":{"typesOfDataAccessed":["USER_PROFILE","CONTENT"],"appExposesRemoteRestApis":false,"remoteRestApisAdditionalDetails":null},"dataRetention":{"retentionDurationInDays":{"min":30,"max":90}},"security":{"securityContact":"true"}}"""));
        });
    }

    [Test]
    public void Without_the_sections_the_plan_has_none_and_the_developer_id_may_come_from_the_environment()
    {
        using var workspace = Workspace(MinimalManifest);

        var plan = Load(workspace, Environment(("MARKETPLACE_DEVELOPER_ID", DeveloperId)));

        Assert.Multiple(() =>
        {
            Assert.That(plan.DeveloperId, Is.EqualTo(DeveloperId));
            Assert.That(plan.App.DeveloperId, Is.Null);
            Assert.That(plan.AppListing, Is.Null);
            Assert.That(plan.CloudMigration, Is.Null);
            Assert.That(plan.PrivacySecurity, Is.Null);
        });
    }

    [Test]
    public void The_manifests_developer_id_wins_over_the_environment()
    {
        using var workspace = Workspace(WithDeveloperId(MinimalManifest) + "cloudMigration:\n  migrationPath: manual\n");

        var plan = Load(workspace, Environment(("MARKETPLACE_DEVELOPER_ID", "11111111-1111-1111-1111-111111111111")));

        Assert.That(plan.DeveloperId, Is.EqualTo(DeveloperId));
    }

    [Test]
    public void A_json_privacy_file_in_the_api_body_form_is_unwrapped_and_publish_false_is_kept()
    {
        using var workspace = Workspace(MinimalManifest + "privacySecurity:\n  file: answers/privacy.json\n  publish: false\n")
            .WithFile("answers/privacy.json", """{"commonCloud": {"logDetails": {"logEndUserData": true, "logsIntegralForAppFunctionality": false}}}""");

        var privacy = Load(workspace, Environment(("MARKETPLACE_DEVELOPER_ID", DeveloperId))).PrivacySecurity!;

        Assert.Multiple(() =>
        {
            Assert.That(privacy.Publish, Is.False);
            Assert.That(privacy.CommonCloud.ToJsonString(), Is.EqualTo("""{"logDetails":{"logEndUserData":true,"logsIntegralForAppFunctionality":false}}"""));
        });
    }

    [TestCase("appListing:\n  summary: s\n", "marketplace-release.yml:14:1: appListing needs the developer id to find the app's productId, but neither app.developerId nor MARKETPLACE_DEVELOPER_ID is set; add app.developerId: <your developer id, a UUID> or set the environment variable MARKETPLACE_DEVELOPER_ID")]
    [TestCase("cloudMigration:\n  migrationPath: manual\nappListing:\n  summary: s\n", "marketplace-release.yml:14:1: cloudMigration needs the developer id to find the app's productId, but neither app.developerId nor MARKETPLACE_DEVELOPER_ID is set; add app.developerId: <your developer id, a UUID> or set the environment variable MARKETPLACE_DEVELOPER_ID")]
    public void A_presence_section_without_a_developer_id_names_both_ways(string appended, string expected)
    {
        Assert.That(SingleError(MinimalManifest + appended), Is.EqualTo(expected));
    }

    [Test]
    public void A_developer_id_variable_that_is_not_a_uuid_is_named()
    {
        var error = SingleError(MinimalManifest + "appListing:\n  summary: s\n", Environment(("MARKETPLACE_DEVELOPER_ID", "acme")));

        Assert.That(error, Does.StartWith("marketplace-release.yml:14:1: appListing needs the developer id to find the app's productId, but MARKETPLACE_DEVELOPER_ID is not a developer id (a UUID); add app.developerId"));
    }

    [TestCase("appListing:\n  name: " + "Timesheets for Jira, the one your whole team will actually fill in", "marketplace-release.yml:16:9: appListing.name is 66 characters long; at most 60 are allowed, shorten it")]
    [TestCase("appListing:\n  nmae: x", "marketplace-release.yml:16:3: unknown key 'nmae' in appListing; did you mean 'name'?")]
    [TestCase("appListing:\n  links:\n    forums: the forum", "marketplace-release.yml:17:13: appListing.links.forums 'the forum' is not a web address; give a full URL starting with https://")]
    [TestCase("appListing:\n  tags: {categories: time-tracking}", "marketplace-release.yml:16:22: appListing.tags.categories must be a list (lines starting with '- '), not a single value")]
    [TestCase("appListing:\n  tags: {keywords: [a, '']}", "marketplace-release.yml:16:24: appListing.tags.keywords[1] is empty; give a value or remove the entry")]
    [TestCase("appListing:\n  communityEnabled: yes", "marketplace-release.yml:16:21: appListing.communityEnabled must be true or false, not 'yes'")]
    [TestCase("appListing:\n  icon: {image: ../outside.png}", "leaves the workspace")]
    [TestCase("appListing:\n  banner: {image: docs/banner.svg}", "marketplace-release.yml:16:19: appListing.banner.image 'docs/banner.svg' is not an image the Marketplace accepts; use a .png, .jpg, .jpeg, .gif, .bmp file")]
    [TestCase("appListing:\n  icon: {image: docs/missing.png}", "marketplace-release.yml:16:17: appListing.icon.image 'docs/missing.png' does not exist")]
    [TestCase("cloudMigration:\n  migrationPath: automatic", "marketplace-release.yml:16:18: cloudMigration.migrationPath must be one of unknown, discarded, automated, install-only, manual, not 'automatic'; did you mean 'automated'?")]
    [TestCase("cloudMigration:\n  migrationDocumentation: docs/migrate.md", "marketplace-release.yml:16:27: cloudMigration.migrationDocumentation 'docs/migrate.md' is not a web address; give a full URL starting with https://")]
    [TestCase("cloudMigration:\n  assistantCompatibility: latest", "marketplace-release.yml:16:27: cloudMigration.assistantCompatibility 'latest' is not a version number")]
    [TestCase("privacySecurity:\n  publish: false", "marketplace-release.yml:15:1: privacySecurity is missing 'file'; add file: privacy-and-security.yml")]
    [TestCase("privacySecurity:\n  file: privacy.txt", "marketplace-release.yml:16:9: privacySecurity.file 'privacy.txt' must be a YAML or JSON file (.yml, .yaml, .json)")]
    [TestCase("privacySecurity:\n  file: ../privacy.yml", "marketplace-release.yml:16:9: privacySecurity.file '../privacy.yml' leaves the workspace")]
    [TestCase("privacySecurity:\n  file: missing.yml", "marketplace-release.yml:16:9: privacySecurity.file 'missing.yml' does not exist")]
    [TestCase("privacySecurity:\n  file: empty.yml", "marketplace-release.yml:16:9: privacySecurity.file 'empty.yml' must hold the commonCloud object (a mapping of the answers such as dataAccessAndStorage, logDetails, privacy, security), not a list")]
    [TestCase("privacySecurity:\n  file: broken.json", "broken.json:3:1: YAML syntax error: ")]
    [TestCase("appListing:", "marketplace-release.yml:15:12: appListing is empty; give its keys below it")]
    [TestCase("app2: {}", "marketplace-release.yml:15:1: unknown key 'app2' at the top level; did you mean 'app'?")]
    [TestCase("cloudmigration: {}", "marketplace-release.yml:15:1: unknown key 'cloudmigration' at the top level; did you mean 'cloudMigration'?")]
    public void Presence_problems_are_errors_at_their_position(string appended, string expected)
    {
        using var workspace = Workspace(WithDeveloperId(MinimalManifest) + appended + "\n")
            .WithFile("empty.yml", "- a\n- b\n")
            .WithFile("broken.json", "{\n  \"logDetails\": [1, 2\n}\n");

        var errors = Errors(workspace);

        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", errors));
        Assert.That(errors[0], Does.Contain(expected));
    }

    [Test]
    public void The_developer_id_in_the_manifest_must_be_a_uuid()
    {
        var error = SingleError(MinimalManifest.Replace("  hosting: datacenter\n", "  hosting: datacenter\n  developerId: acme\n", StringComparison.Ordinal));

        Assert.That(error, Does.StartWith("marketplace-release.yml:5:16: app.developerId 'acme' is not a developer id; developer ids are UUIDs"));
    }

    [Test]
    public void The_privacy_answers_are_not_shared_with_what_the_engine_builds()
    {
        using var workspace = Workspace(WithDeveloperId(MinimalManifest) + "privacySecurity:\n  file: p.yml\n").WithFile("p.yml", "hasRestAPIExtension: true\n");
        var privacy = Load(workspace).PrivacySecurity!;

        var body = new JsonObject { ["commonCloud"] = privacy.CommonCloud.DeepClone() };

        Assert.That(body.ToJsonString(), Is.EqualTo("""{"commonCloud":{"hasRestAPIExtension":true}}"""));
    }
}
