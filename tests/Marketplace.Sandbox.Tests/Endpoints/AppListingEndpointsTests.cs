using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Endpoints;

public sealed class AppListingEndpointsTests
{
    /// <summary>The read listing turned into a PUT body: the request schema's fields only, tags as the plain strings the PUT takes.</summary>
    private static JsonObject PutBody(JsonObject read)
    {
        var body = (JsonObject)read.DeepClone();
        foreach (var (_, tags) in body["tags"]?.AsObject() ?? [])
        {
            var ids = tags!.AsArray().Select(tag => (JsonNode)JsonValue.Create(tag!["id"]!.GetValue<string>())).ToArray();
            tags.AsArray().Clear();
            foreach (var id in ids)
            {
                tags.AsArray().Add(id);
            }
        }

        return ContractBodies.Trim(body, "UpdateProductListingV3Request");
    }

    private static async Task<HttpResponseMessage> PutAsync(SandboxHarness sandbox, JsonObject body) =>
        await sandbox.Client.PutAsync(PresenceSeed.AppListingPath, PresenceSeed.Json(body));

    [Test]
    public async Task The_GET_shows_the_seeded_listing_with_productId_revision_and_tags_as_id_name_objects()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var listing = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath);

        Assert.Multiple(() =>
        {
            Assert.That(listing["productId"]!.GetValue<string>(), Is.EqualTo(PresenceSeed.ProductId));
            Assert.That(listing["appKey"]!.GetValue<string>(), Is.EqualTo("com.example.timesheets"));
            Assert.That(listing["developerId"]!.GetValue<string>(), Is.EqualTo(PresenceSeed.DeveloperId));
            Assert.That(listing["appName"]!.GetValue<string>(), Is.EqualTo("Timesheets for Jira"));
            Assert.That(listing["revision"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(listing["tags"]!["category"]![0]!["id"]!.GetValue<string>(), Is.EqualTo("time-tracking"));
            Assert.That(listing["tags"]!["category"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("Time tracking"));
        });
    }

    [Test]
    public async Task A_PUT_of_the_read_listing_with_changes_is_stored_and_increments_the_revision()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var icon = await sandbox.UploadImageAsync("icon");
        var banner = await sandbox.UploadImageAsync("banner");
        var body = PutBody(await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath));
        body["summary"] = "Track time where you work, now weekly.";
        body["appName"] = new string('n', 60);
        body["tags"]!["keywords"] = new JsonArray("timesheet", "worklog");
        body["images"]!["iconFileId"] = icon;
        body["images"]!["bannerFileId"] = banner;
        body["developerLinks"]!["privacy"] = "https://example.com/privacy";

        using var response = await PutAsync(sandbox, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var stored = sandbox.Server.State.Presence.AppListing(PresenceSeed.ProductId)!;
        Assert.Multiple(() =>
        {
            Assert.That(stored["revision"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(stored["appName"]!.GetValue<string>(), Has.Length.EqualTo(60));
            Assert.That(stored["summary"]!.GetValue<string>(), Is.EqualTo("Track time where you work, now weekly."));
            Assert.That(stored["tags"]!["keywords"]!.AsArray().Select(tag => tag!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "timesheet", "worklog" }));
            Assert.That(stored["tags"]!["category"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("Time tracking"));
            Assert.That(stored["images"]!["iconFileId"]!.GetValue<string>(), Is.EqualTo(icon));
            Assert.That(stored["images"]!["bannerFileId"]!.GetValue<string>(), Is.EqualTo(banner));
            Assert.That(stored["images"]!["titleLogoFileId"]!.GetValue<string>(), Is.EqualTo("0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b"));
            Assert.That(stored["developerLinks"]!["privacy"]!.GetValue<string>(), Is.EqualTo("https://example.com/privacy"));
        });
    }

    [Test]
    public async Task A_stale_revision_is_400_Revision_mismatch_and_changes_nothing()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = PutBody(await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath));
        using var first = await PutAsync(sandbox, body);
        body["summary"] = "Lost update";

        using var stale = await PutAsync(sandbox, body);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = await PresenceSeed.ErrorAsync(stale);
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("VALIDATION_FAIL"));
        Assert.That(error["title"]!.GetValue<string>(), Is.EqualTo("Revision mismatch"));
        Assert.That(error["status"]!.GetValue<int>(), Is.EqualTo(400));
        Assert.That(sandbox.Server.State.Presence.AppListing(PresenceSeed.ProductId)!["summary"]!.GetValue<string>(), Is.EqualTo("Track time where you work."));
    }

    [TestCase("appKey", "\"com.example.other\"")]
    [TestCase("developerId", "\"00000000-0000-0000-0000-000000000000\"")]
    [TestCase("approvalStatus", "\"SUBMITTED\"")]
    [TestCase("enrolledPrograms", "[{\"id\":\"cloudFortified\",\"name\":\"Cloud Fortified\",\"hostingType\":\"CLOUD\",\"status\":\"APPROVED\"}]")]
    [TestCase("hostingVisibility", "{\"cloud\":\"app\",\"server\":\"app\",\"dataCenter\":\"app\"}")]
    public async Task A_changed_read_only_field_is_refused(string field, string json)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = PutBody(await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath));
        body[field] = JsonNode.Parse(json);

        using var response = await PutAsync(sandbox, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await PresenceSeed.ErrorAsync(response))["title"]!.GetValue<string>(), Is.EqualTo($"{field} is not updatable"));
        Assert.That(sandbox.Server.State.Presence.AppListing(PresenceSeed.ProductId)!["revision"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [TestCase("appKey", "appKey is required", TestName = "A missing read-only field is refused: appKey (required by the contract)")]
    [TestCase("developerId", "developerId is required", TestName = "A missing read-only field is refused: developerId (required by the contract)")]
    [TestCase("approvalStatus", "approvalStatus is required", TestName = "A missing read-only field is refused: approvalStatus (required by the contract)")]
    [TestCase("enrolledPrograms", "enrolledPrograms is not updatable")]
    [TestCase("hostingVisibility", "hostingVisibility is not updatable")]
    public async Task A_missing_read_only_field_is_refused(string field, string title)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = PutBody(await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath));
        body.Remove(field);

        using var response = await PutAsync(sandbox, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await PresenceSeed.ErrorAsync(response))["title"]!.GetValue<string>(), Is.EqualTo(title));
    }

    [Test]
    public async Task The_title_logo_is_not_updatable()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = PutBody(await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath));
        body["images"]!["titleLogoFileId"] = await sandbox.UploadImageAsync("title-logo");

        using var response = await PutAsync(sandbox, body);

        Assert.That((await PresenceSeed.ErrorAsync(response))["title"]!.GetValue<string>(), Is.EqualTo("images.titleLogoFileId is not updatable"));
    }

    [Test]
    public async Task Tags_sent_as_the_GET_shows_them_are_refused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var read = ContractBodies.Trim(await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath), "UpdateProductListingV3Request");

        using var response = await PutAsync(sandbox, read);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = await PresenceSeed.ErrorAsync(response);
        Assert.That(error["title"]!.GetValue<string>(), Is.EqualTo("Invalid value for tags.category[0]: Value is \"object\" but should be \"string\""));
    }

    [TestCase("icon", "bannerFileId", "banner")]
    [TestCase("banner", "iconFileId", "icon")]
    [TestCase("screenshot", "iconFileId", "icon")]
    public async Task An_image_uploaded_with_another_image_type_is_refused(string uploadedAs, string field, string expectedType)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = PutBody(await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath));
        body["images"]![field] = await sandbox.UploadImageAsync(uploadedAs);

        using var response = await PutAsync(sandbox, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await PresenceSeed.ErrorAsync(response))["title"]!.GetValue<string>(), Does.EndWith($"is not an image of type {expectedType}"));
    }

    [TestCase("appName", "61 characters", "appName is at most 60 characters")]
    [TestCase("appName", "null", "Invalid value for appName: null is not of type \"string\"")]
    [TestCase("state", "\"ARCHIVED\"", "The state cannot change from PUBLIC to ARCHIVED through the API")]
    [TestCase("state", "null", "Invalid value for state: null is not of type \"string\"")]
    [TestCase("summary", "42", "Invalid value for summary: 42 is not of type \"string\"")]
    [TestCase("communityEnabled", "\"yes\"", "Invalid value for communityEnabled: \"yes\" is not of type \"boolean\"")]
    [TestCase("developerLinks", "{\"forums\":\"not a url\"}", "developerLinks.forums must be an absolute http(s) URL")]
    [TestCase("developerLinks", "{\"wiki\":\"https://example.com\"}", "Unknown field 'developerLinks.wiki'")]
    [TestCase("legacyListingDetails", "{\"sourceLink\":\"ftp://example.com\"}", "legacyListingDetails.sourceLink must be an absolute http(s) URL")]
    [TestCase("tags", "{\"categories\":[\"time-tracking\"]}", "Unknown field 'tags.categories'")]
    [TestCase("marketingLabels", "[1]", "Invalid value for marketingLabels[0]: Value is \"integer\" but should be \"string\"")]
    [TestCase("tagline", "\"x\"", "Unknown field 'tagline'")]
    public async Task Invalid_fields_are_400_VALIDATION_FAIL_naming_the_field(string field, string json, string title)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = PutBody(await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath));
        body[field] = json == "61 characters" ? new string('n', 61) : JsonNode.Parse(json);

        using var response = await PutAsync(sandbox, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = await PresenceSeed.ErrorAsync(response);
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("VALIDATION_FAIL"));
        Assert.That(error["title"]!.GetValue<string>(), Is.EqualTo(title));
    }

    [Test]
    public async Task A_private_listing_may_be_made_public_but_not_back()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => PresenceSeed.AddApps(seed, 1));
        const string path = "rest/3/product-listing/00000000-0000-4000-8000-000000000000";
        var body = PutBody(await PresenceSeed.GetObjectAsync(sandbox.Client, path));
        body["state"] = "PUBLIC";

        using var published = await sandbox.Client.PutAsync(path, PresenceSeed.Json(body));
        body["state"] = "PRIVATE";
        body["revision"] = 2;
        using var unpublished = await sandbox.Client.PutAsync(path, PresenceSeed.Json(body));

        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.Content.ReadAsStringAsync());
        Assert.That(unpublished.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(sandbox.Server.State.Presence.AppListing("00000000-0000-4000-8000-000000000000")!["state"]!.GetValue<string>(), Is.EqualTo("PUBLIC"));
    }

    [Test]
    public async Task An_unknown_product_is_404_and_a_PUT_that_is_not_JSON_is_415()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = PutBody(await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath));

        using var unknown = await sandbox.Client.GetAsync("rest/3/product-listing/00000000-0000-0000-0000-000000000000");
        using var text = await sandbox.Client.PutAsync(PresenceSeed.AppListingPath, PresenceSeed.Json(body, "text/plain"));

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await PresenceSeed.ErrorAsync(unknown))["status"]!.GetValue<int>(), Is.EqualTo(404));
        Assert.That(text.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }

    [TestCase("PUBLIC", HttpStatusCode.BadRequest)]
    [TestCase("PRIVATE", HttpStatusCode.OK)]
    public async Task StateAfterApproval_can_only_change_before_the_listing_is_public(string state, HttpStatusCode expected)
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed =>
        {
            seed.Apps[0].AppListing!["state"] = state;
            seed.Apps[0].AppListing!["stateAfterApproval"] = "PRIVATE";
        });
        var body = PutBody(await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath));
        body["stateAfterApproval"] = "READY_TO_LAUNCH";

        using var response = await PutAsync(sandbox, body);

        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        Assert.That(sandbox.Server.State.Presence.AppListing(PresenceSeed.ProductId)!["stateAfterApproval"]!.GetValue<string>(),
            Is.EqualTo(expected == HttpStatusCode.OK ? "READY_TO_LAUNCH" : "PRIVATE"));
    }
}
