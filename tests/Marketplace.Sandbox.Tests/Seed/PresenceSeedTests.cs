using System.Net;

namespace Marketplace.Sandbox.Tests.Seed;

public sealed class PresenceSeedTests
{
    private const string Yaml = """
        users: [{email: a@example.com, token: ta}]
        developerSpacePageSize: 1
        apps:
          - key: com.example.cloudy
            name: Cloudy
            developerId: 11111111-2222-4333-8444-555555555555
            productId: 66666666-7777-4888-8999-000000000000
            appListing:
              appName: Cloudy for Confluence
              tags: {category: [{id: macros, name: Macros}], keywords: [cloud]}
              state: PUBLIC
              revision: 7
            cloudMigration:
              migrationPath: AUTOMATED
              cloudMigrationAssistantCompatibility: "2.0.0"
            privacySecurity:
              live: {commonCloud: {logDetails: {logEndUserData: true}}}
              draft: {commonCloud: {logDetails: {logEndUserData: false}}}
          - key: com.example.second
            developerId: 11111111-2222-4333-8444-555555555555
            productId: 66666666-7777-4888-8999-000000000001
        """;

    [Test]
    public async Task A_yaml_seed_declares_developer_spaces_listings_migration_records_and_privacy_answers()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: SandboxSeed.FromYaml(Yaml));
        using var client = sandbox.CreateClient("a@example.com", "ta");
        var presence = sandbox.Server.State.Presence;

        var listing = await PresenceSeed.GetObjectAsync(client, "rest/3/product-listing/66666666-7777-4888-8999-000000000000");
        var migration = await PresenceSeed.GetObjectAsync(client, "rest/3/cloud-migration-compatibility/products/66666666-7777-4888-8999-000000000000");
        var firstPage = await PresenceSeed.GetObjectAsync(client, "rest/3/product-listing/developer-space/11111111-2222-4333-8444-555555555555?includePrivate=true");
        using var noMigration = await client.GetAsync("rest/3/cloud-migration-compatibility/products/66666666-7777-4888-8999-000000000001");

        Assert.Multiple(() =>
        {
            Assert.That(listing["appKey"]!.GetValue<string>(), Is.EqualTo("com.example.cloudy"));
            Assert.That(listing["revision"]!.GetValue<int>(), Is.EqualTo(7));
            Assert.That(listing["approvalStatus"]!.GetValue<string>(), Is.EqualTo("APPROVED"), "PUBLIC defaults to APPROVED");
            Assert.That(listing["tags"]!["category"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("Macros"));
            Assert.That(listing["tags"]!["keywords"]![0]!["id"]!.GetValue<string>(), Is.EqualTo("cloud"));
            Assert.That(migration["addonName"]!.GetValue<string>(), Is.EqualTo("Cloudy"), "addonName defaults to the app's name");
            Assert.That(migration["developerId"]!.GetValue<string>(), Is.EqualTo("11111111-2222-4333-8444-555555555555"));
            Assert.That(firstPage["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(firstPage["links"]!["next"], Is.Not.Null);
            Assert.That(noMigration.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(presence.PrivacySecurityLive("66666666-7777-4888-8999-000000000000")!["commonCloud"]!["logDetails"]!["logEndUserData"]!.GetValue<bool>(), Is.True);
            Assert.That(presence.PrivacySecurityDraft("66666666-7777-4888-8999-000000000000")!["commonCloud"]!["logDetails"]!["logEndUserData"]!.GetValue<bool>(), Is.False);
            Assert.That(presence.AppListing("66666666-7777-4888-8999-000000000001")!["state"]!.GetValue<string>(), Is.EqualTo("PRIVATE"), "a minimal listing is PRIVATE");
        });
    }

    [TestCase("apps: [{key: a, appListing: {appName: A}}]", "need the app's 'productId'")]
    [TestCase("apps: [{key: a, productId: p}]", "needs its 'developerId'")]
    [TestCase("apps: [{key: a, developerId: d, productId: p, privacySecurity: {published: {}}}]", "unknown key 'published'")]
    [TestCase("developerSpacePageSize: 0", "developerSpacePageSize is at least 1")]
    [TestCase("apps: [{key: a, developerId: d, productId: p, privacySecurity: {live: {commonCloud: {logDetails: {loggingEnabled: true}}}}}]", "privacySecurity.live: Unknown field 'commonCloud.logDetails.loggingEnabled'")]
    [TestCase("apps: [{key: a, developerId: d, productId: p, privacySecurity: {draft: {commonCloud: {privacy: {dataProcessingAgreement: {isDPASupported: \"TRUE\"}}}}}}]", "privacySecurity.draft: Invalid value for commonCloud.privacy.dataProcessingAgreement.isDPASupported: \"TRUE\" is not one of [true,false,\"NOT_APPLICABLE\"]")]
    [TestCase("apps: [{key: a, developerId: d, productId: p, privacySecurity: {live: {commonCloud: {thirdPartyInformation: {dataSubProcessors: none}}}}}]", "privacySecurity.live: commonCloud.thirdPartyInformation.dataSubProcessors must be an absolute http(s) URL")]
    public void Broken_presence_seeds_are_refused_with_line_and_column(string yaml, string message)
    {
        var exception = Assert.Throws<SandboxSeedException>(() => SandboxSeed.FromYaml(yaml, "seed.yml"));

        Assert.That(exception!.Message, Does.StartWith("seed.yml:1:").And.Contain(message));
    }

    [Test]
    public void The_default_seed_gives_the_example_app_a_product_listing_and_a_migration_record_but_no_privacy_answers()
    {
        var app = SandboxSeed.Default.Apps.Single();

        Assert.That(app.DeveloperId, Is.EqualTo(PresenceSeed.DeveloperId));
        Assert.That(app.ProductId, Is.EqualTo(PresenceSeed.ProductId));
        Assert.That(app.AppListing!["appName"]!.GetValue<string>(), Is.EqualTo("Timesheets for Jira"));
        Assert.That(app.CloudMigration!["migrationPath"]!.GetValue<string>(), Is.EqualTo("UNKNOWN"));
        Assert.That(app.PrivacySecurityLive, Is.Null);
        Assert.That(SandboxSeed.Default.DeveloperSpacePageSize, Is.EqualTo(SandboxSeed.DefaultDeveloperSpacePageSize));
    }
}
