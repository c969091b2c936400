using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Pipeline.Presence;
using Marketplace.Sandbox;

namespace Marketplace.Release.Tests.Api;

/// <summary>
/// The presence calls of the client (developer space, app listing, migration record, privacy answers) against the
/// sandbox: what the Marketplace holds afterwards, and which requests were sent.
/// </summary>
[TestFixture]
internal sealed class PresenceClientTests
{
    private const string AppKey = "com.example.timesheets";
    private const string DeveloperId = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f";
    private const string ProductId = "4d8e2f1a-3b5c-4a6d-9e7f-1a2b3c4d5e6f";

    /// <summary>A product of the same developer space that has no migration record and no privacy answers.</summary>
    private const string BareProductId = "00000000-0000-4000-8000-000000000000";

    private SandboxServer sandbox = null!;
    private MarketplaceClient client = null!;

    [SetUp]
    public async Task SetUp()
    {
        var seed = SandboxSeed.Default;
        seed.DeveloperSpacePageSize = 2;
        for (var index = 0; index < 5; index++)
        {
            // Their product ids sort before the default app's, which is therefore on the third page.
            seed.Apps.Add(new SeedApp
            {
                Key = $"com.example.app{index}",
                Name = $"App {index}",
                DeveloperId = DeveloperId,
                ProductId = $"00000000-0000-4000-8000-00000000000{index.ToString(CultureInfo.InvariantCulture)}",
                AppListing = new JsonObject { ["state"] = index % 2 == 0 ? "PRIVATE" : "PUBLIC" },
            });
        }

        sandbox = await SandboxServer.StartAsync(new SandboxOptions { Port = 0, Seed = seed });
        client = new MarketplaceClient(
            new MarketplaceConnection(sandbox.BaseUrl, "sandbox@example.com", "sandbox-token"), new MarketplaceClientOptions(), TimeProvider.System);
    }

    [TearDown]
    public async Task TearDown()
    {
        client.Dispose();
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task The_product_id_is_found_on_a_later_page_with_private_apps_asked_for_on_every_page()
    {
        var found = await client.FindDeveloperListingAsync(DeveloperId, AppKey, CancellationToken.None);
        var privateApp = await client.FindDeveloperListingAsync(DeveloperId, "com.example.app4", CancellationToken.None);

        Assert.That(found?.ProductId, Is.EqualTo(ProductId));
        Assert.That(privateApp?.ProductId, Is.EqualTo("00000000-0000-4000-8000-000000000004"));
        var pages = sandbox.Requests.Where(r => r.PathAndQuery.StartsWith("/marketplace/rest/3/product-listing/developer-space/", StringComparison.Ordinal)).ToList();
        Assert.That(pages, Has.Count.EqualTo(6), "3 pages for each lookup");
        Assert.That(pages.Select(r => r.PathAndQuery), Has.All.Contains("includePrivate=true"));
    }

    [Test]
    public async Task An_app_on_no_page_or_an_unknown_developer_space_is_not_found()
    {
        Assert.That(await client.FindDeveloperListingAsync(DeveloperId, "com.example.none", CancellationToken.None), Is.Null);
        Assert.That(await client.FindDeveloperListingAsync("9f9f9f9f-0000-4000-8000-000000000000", AppKey, CancellationToken.None), Is.Null);
        Assert.That(sandbox.Requests.Count(r => r.PathAndQuery.Contains("/developer-space/" + DeveloperId, StringComparison.Ordinal)), Is.EqualTo(3));
    }

    [Test]
    public async Task The_listing_put_changes_what_it_changes_and_echoes_the_rest_with_tags_as_strings()
    {
        var live = (await client.GetAppListingAsync(ProductId, CancellationToken.None))!;
        var before = sandbox.State.Presence.AppListing(ProductId)!;

        Assert.That(live.Tags!.Category!.Select(t => t.Id), Is.EqualTo(new[] { "time-tracking" }));
        Assert.That(live.Tags.Category![0].Name, Is.Not.Null, "the GET shows tags as {id, name}");
        await client.UpdateAppListingAsync(ProductId, live with { Summary = "Time tracking that stays out of the way." }, CancellationToken.None);

        var after = sandbox.State.Presence.AppListing(ProductId)!;
        Assert.That(after["summary"]!.GetValue<string>(), Is.EqualTo("Time tracking that stays out of the way."));
        Assert.That(after["revision"]!.GetValue<int>(), Is.EqualTo(before["revision"]!.GetValue<int>() + 1));
        foreach (var field in new[] { "appKey", "developerId", "appName", "tagLine", "images", "tags", "developerLinks", "enrolledPrograms", "hostingVisibility", "slug", "state", "approvalStatus" })
        {
            Assert.That(JsonNode.DeepEquals(after[field], before[field]), Is.True, $"{field}: {after[field]?.ToJsonString()} vs {before[field]?.ToJsonString()}");
        }
    }

    [Test]
    public async Task A_stale_revision_is_refused_once_and_not_retried()
    {
        var live = (await client.GetAppListingAsync(ProductId, CancellationToken.None))!;
        await client.UpdateAppListingAsync(ProductId, live with { TagLine = "First" }, CancellationToken.None);

        var error = Assert.ThrowsAsync<MarketplaceApiException>(() => client.UpdateAppListingAsync(ProductId, live with { TagLine = "Second" }, CancellationToken.None));

        Assert.That(error!.Status, Is.EqualTo(400));
        Assert.That(error.Message, Does.Contain("Revision mismatch"));
        Assert.That(sandbox.Requests.Count(r => r.Method == "PUT"), Is.EqualTo(2));
        Assert.That(sandbox.State.Presence.AppListing(ProductId)!["tagLine"]!.GetValue<string>(), Is.EqualTo("First"));
    }

    [Test]
    public async Task Icon_and_banner_are_uploaded_with_their_image_types_and_taken_by_the_listing()
    {
        var png = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"icon-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        try
        {
            var icon = await client.UploadImageAsync("icon", png, CancellationToken.None);
            var banner = await client.UploadImageAsync("banner", png, CancellationToken.None);
            var live = (await client.GetAppListingAsync(ProductId, CancellationToken.None))!;

            await client.UpdateAppListingAsync(ProductId, live with { Images = live.Images! with { IconFileId = icon.Id, BannerFileId = banner.Id } }, CancellationToken.None);

            var images = sandbox.State.Presence.AppListing(ProductId)!["images"]!;
            Assert.That(images["iconFileId"]!.GetValue<string>(), Is.EqualTo(icon.Id));
            Assert.That(images["bannerFileId"]!.GetValue<string>(), Is.EqualTo(banner.Id));
            Assert.That(images["titleLogoFileId"]!.GetValue<string>(), Is.EqualTo("0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b"));
        }
        finally
        {
            File.Delete(png);
        }
    }

    [Test]
    public async Task The_migration_record_is_patched_with_replace_and_add()
    {
        var live = await client.GetMigrationAsync(ProductId, CancellationToken.None);
        Assert.That(live?.MigrationPath, Is.EqualTo("UNKNOWN"));
        Assert.That(live!.CloudMigrationAssistantCompatibility, Is.Null);

        await client.PatchMigrationAsync(ProductId, [
            new JsonPatchOperation(JsonPatchOp.Replace, "/migrationPath", "AUTOMATED"),
            new JsonPatchOperation(JsonPatchOp.Add, "/cloudMigrationAssistantCompatibility", "1.4.0"),
        ], CancellationToken.None);

        var after = sandbox.State.Presence.Migration(ProductId)!;
        Assert.That(after["migrationPath"]!.GetValue<string>(), Is.EqualTo("AUTOMATED"));
        Assert.That(after["cloudMigrationAssistantCompatibility"]!.GetValue<string>(), Is.EqualTo("1.4.0"));
        Assert.That(after["addonName"]!.GetValue<string>(), Is.EqualTo("Timesheets for Jira"));
    }

    [Test]
    public async Task A_product_without_a_migration_record_reads_null_and_a_put_creates_it()
    {
        Assert.That(await client.GetMigrationAsync(BareProductId, CancellationToken.None), Is.Null);

        await client.CreateMigrationAsync(BareProductId, new MigrationInfo
        {
            DeveloperId = DeveloperId,
            AddonName = "App 0",
            MigrationPath = "INSTALL_ONLY",
            MigrationDocumentation = "https://example.com/migrate",
        }, CancellationToken.None);

        var created = await client.GetMigrationAsync(BareProductId, CancellationToken.None);
        Assert.That(created?.MigrationPath, Is.EqualTo("INSTALL_ONLY"));
        Assert.That(created!.MigrationDocumentation, Is.EqualTo("https://example.com/migrate"));
        Assert.That(created.AddonKey, Is.EqualTo("com.example.app0"));
    }

    [Test]
    public async Task Privacy_answers_are_written_as_a_draft_then_published_live()
    {
        var answers = new JsonObject { ["logDetails"] = new JsonObject { ["logEndUserData"] = true, ["logsIntegralForAppFunctionality"] = false } };
        Assert.That(await client.GetPrivacySecurityAsync(BareProductId, PrivacySecurityState.Live, CancellationToken.None), Is.Null);

        await client.PutPrivacySecurityDraftAsync(BareProductId, answers, CancellationToken.None);
        var draft = await client.GetPrivacySecurityAsync(BareProductId, PrivacySecurityState.Draft, CancellationToken.None);
        var liveBeforePublish = await client.GetPrivacySecurityAsync(BareProductId, PrivacySecurityState.Live, CancellationToken.None);
        await client.PublishPrivacySecurityAsync(BareProductId, CancellationToken.None);
        var live = await client.GetPrivacySecurityAsync(BareProductId, PrivacySecurityState.Live, CancellationToken.None);

        Assert.That(JsonNode.DeepEquals(PrivacyAnswers.Answers(draft?.CommonCloud), answers), Is.True);
        Assert.That(draft!.CommonCloud!["properties"]?["formStatus"], Is.Not.Null, "the GET carries the read-only properties, as the live API's does");
        Assert.That(liveBeforePublish, Is.Null, "a draft is not live");
        Assert.That(JsonNode.DeepEquals(PrivacyAnswers.Answers(live?.CommonCloud), answers), Is.True);
        Assert.That(sandbox.State.Presence.PrivacySecurityDraft(BareProductId), Is.Null);
        Assert.That(sandbox.State.Presence.PrivacySecurityPublishCount(BareProductId), Is.EqualTo(1));
        Assert.That(sandbox.Requests.Where(r => r.Method == "GET").Select(r => r.PathAndQuery[(r.PathAndQuery.IndexOf('?', StringComparison.Ordinal) + 1)..]),
            Is.EqualTo(new[] { "state=live", "state=draft", "state=live", "state=live" }));
    }

    [Test]
    public async Task Presence_writes_are_never_retried_by_the_client()
    {
        sandbox.Faults.Add(new FaultRule { Method = "PATCH", Path = "/rest/3/cloud-migration-compatibility/products/*", StatusCode = 503 });

        var error = Assert.ThrowsAsync<MarketplaceApiException>(() => client.PatchMigrationAsync(ProductId,
            [new JsonPatchOperation(JsonPatchOp.Replace, "/migrationPath", "MANUAL")], CancellationToken.None));

        Assert.That(error!.OutcomeUnknown, Is.True);
        Assert.That(sandbox.Requests.Count(r => r.Method == "PATCH"), Is.EqualTo(1));
        await Task.CompletedTask;
    }
}
