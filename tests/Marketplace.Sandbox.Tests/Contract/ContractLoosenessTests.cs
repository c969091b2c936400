using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Contract;

/// <summary>
/// Issue 18: each looseness an independent reader found with curl, answered 200 before the sandbox held requests to
/// the contract (docs/contract/marketplace-v3.openapi.json), is now the endpoint's 400 naming the field.
/// </summary>
public sealed class ContractLoosenessTests
{
    private const long SeededBuild = 100300000;

    private static async Task<JsonObject> ReadAsync(SandboxHarness sandbox, string path, string requestSchema) =>
        ContractBodies.Trim(await PresenceSeed.GetObjectAsync(sandbox.Client, path), requestSchema);

    private static async Task<JsonNode> Refused(HttpResponseMessage response, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), text);
        var error = JsonNode.Parse(text)!["errors"]![0]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo(code));
        return error;
    }

    [Test]
    public async Task An_app_listing_PUT_without_communityEnabled_is_400()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = await ReadAsync(sandbox, PresenceSeed.AppListingPath, "UpdateProductListingV3Request");
        foreach (var (_, tags) in body["tags"]!.AsObject())
        {
            var ids = tags!.AsArray().Select(tag => JsonValue.Create(tag!["id"]!.GetValue<string>())).ToArray();
            tags.AsArray().Clear();
            Array.ForEach(ids, id => tags.AsArray().Add(id));
        }

        body.Remove("communityEnabled");

        using var response = await sandbox.Client.PutAsync(PresenceSeed.AppListingPath, PresenceSeed.Json(body));

        var error = await Refused(response, "VALIDATION_FAIL");
        Assert.That(error["title"]!.GetValue<string>(), Is.EqualTo("communityEnabled is required"));
        Assert.That(error["status"]!.GetValue<int>(), Is.EqualTo(400), "a listing endpoint writes the status as a number");
        Assert.That(sandbox.Server.State.Presence.AppListing(PresenceSeed.ProductId)!["revision"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_migration_PATCH_of_addonName_is_400()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var patch = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "/addonName", ["value"] = "Renamed" });

        using var response = await sandbox.Client.PatchAsync(PresenceSeed.MigrationPath, PresenceSeed.JsonPatch(patch));

        var error = await Refused(response, "VALIDATION_ERROR");
        Assert.That(error["title"]!.GetValue<string>(), Does.StartWith("Invalid value for [0].path: \"/addonName\" is not one of"));
        Assert.That((await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.MigrationPath))["addonName"]!.GetValue<string>(), Is.EqualTo("Timesheets for Jira"));
    }

    [TestCase("PUT")]
    [TestCase("PATCH")]
    public async Task CloudVersionAvailability_BOGUS_is_400(string method)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await SendMigrationAsync(sandbox, method, "cloudVersionAvailability", "BOGUS");

        var error = await Refused(response, "VALIDATION_ERROR");
        Assert.That(error["title"]!.GetValue<string>(), Does.Contain("\"BOGUS\" is not one of [\"NATIVE\",\"PUBLIC\",\"PRIVATE\"]"));
    }

    [TestCase("PUT", "latest", TestName = "cloudMigrationAssistantCompatibility that is not a version is 400 (PUT)")]
    [TestCase("PUT", "1.0.0 - 2.0.0", TestName = "cloudMigrationAssistantCompatibility as a range of text is 400 (PUT)")]
    [TestCase("PATCH", "1.0.0 - 2.0.0", TestName = "cloudMigrationAssistantCompatibility as a range of text is 400 (PATCH)")]
    [TestCase("PATCH", "any version", TestName = "cloudMigrationAssistantCompatibility that is not a version is 400 (PATCH)")]
    public async Task CloudMigrationAssistantCompatibility_must_be_a_version(string method, string value)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await SendMigrationAsync(sandbox, method, "cloudMigrationAssistantCompatibility", value);

        var error = await Refused(response, "VALIDATION_ERROR");
        Assert.That(error["title"]!.GetValue<string>(), Does.Contain("does not match"));
    }

    [Test]
    public async Task A_version_PUT_without_state_is_400()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = await ReadAsync(sandbox, SandboxHarness.VersionPath(SeededBuild), "AppSoftwareVersionUpdateRequest");
        body.Remove("state");

        using var response = await sandbox.PutJsonAsync(SandboxHarness.VersionPath(SeededBuild), body);

        var error = await Refused(response, "VALIDATION_ERROR");
        Assert.That(error["title"]!.GetValue<string>(), Is.EqualTo("state is required"));
        Assert.That(error["status"]!.GetValue<string>(), Is.EqualTo("400"));
        Assert.That(sandbox.Server.State.Version(SandboxHarness.DataCenterId, SeededBuild)!.Revision, Is.EqualTo(1));
    }

    [Test]
    public async Task A_version_PUT_with_the_GET_s_licenseType_id_name_link_is_400()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = await ReadAsync(sandbox, SandboxHarness.VersionPath(SeededBuild), "AppSoftwareVersionUpdateRequest");
        body["licenseType"] = new JsonObject { ["id"] = "commercial", ["name"] = "Commercial License", ["link"] = "https://example.com/license" };

        using var response = await sandbox.PutJsonAsync(SandboxHarness.VersionPath(SeededBuild), body);

        var error = await Refused(response, "VALIDATION_ERROR");
        Assert.That(error["title"]!.GetValue<string>(), Is.EqualTo("Unknown field 'licenseType.name'"));
        Assert.That(error["detail"]!.GetValue<string>(), Does.Contain("Unknown field 'licenseType.link'"));
    }

    [Test]
    public async Task The_same_PUT_with_licenseType_as_id_only_is_accepted()
    {
        // Guards the tests above: the trimmed GET is a body the sandbox takes, so each refusal is the one change made.
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = await ReadAsync(sandbox, SandboxHarness.VersionPath(SeededBuild), "AppSoftwareVersionUpdateRequest");

        using var response = await sandbox.PutJsonAsync(SandboxHarness.VersionPath(SeededBuild), body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> SendMigrationAsync(SandboxHarness sandbox, string method, string field, string value)
    {
        if (method == "PATCH")
        {
            var patch = new JsonArray(new JsonObject { ["op"] = "add", ["path"] = "/" + field, ["value"] = value });
            return sandbox.Client.PatchAsync(PresenceSeed.MigrationPath, PresenceSeed.JsonPatch(patch));
        }

        var record = new JsonObject { ["developerId"] = PresenceSeed.DeveloperId, ["addonName"] = "Timesheets for Jira", [field] = value };
        return sandbox.Client.PutAsync(PresenceSeed.MigrationPath, PresenceSeed.Json(record));
    }
}
