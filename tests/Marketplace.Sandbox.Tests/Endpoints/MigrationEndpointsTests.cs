using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Endpoints;

public sealed class MigrationEndpointsTests
{
    private static JsonObject Op(string op, string path, JsonNode? value = null)
    {
        var operation = new JsonObject { ["op"] = op, ["path"] = path };
        if (value is not null)
        {
            operation["value"] = value;
        }

        return operation;
    }

    private static Task<HttpResponseMessage> PatchAsync(SandboxHarness sandbox, params JsonObject[] operations) =>
        sandbox.Client.PatchAsync(PresenceSeed.MigrationPath, PresenceSeed.JsonPatch(new JsonArray(operations)));

    private static JsonObject NewRecord() => new()
    {
        ["developerId"] = PresenceSeed.DeveloperId,
        ["addonName"] = "Timesheets for Jira",
        ["cloudMigrationAssistantCompatibility"] = "1.4.0",
        ["migrationPath"] = "AUTOMATED",
        ["migrationDocumentation"] = "https://example.com/timesheets/migration",
        ["isDualLicenseOptedIn"] = true,
        ["cloudMigrationAssistantCompatibilityRanges"] = new JsonArray(new JsonObject { ["start"] = "1.0.0", ["end"] = "1.4.0" }),
    };

    [Test]
    public async Task The_GET_shows_the_seeded_record_with_productId_and_addonKey()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var record = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.MigrationPath);

        Assert.Multiple(() =>
        {
            Assert.That(record["productId"]!.GetValue<string>(), Is.EqualTo(PresenceSeed.ProductId));
            Assert.That(record["addonKey"]!.GetValue<string>(), Is.EqualTo("com.example.timesheets"));
            Assert.That(record["developerId"]!.GetValue<string>(), Is.EqualTo(PresenceSeed.DeveloperId));
            Assert.That(record["addonName"]!.GetValue<string>(), Is.EqualTo("Timesheets for Jira"));
            Assert.That(record["migrationPath"]!.GetValue<string>(), Is.EqualTo("UNKNOWN"));
        });
    }

    [Test]
    public async Task A_JSON_Patch_replaces_existing_fields_and_adds_absent_ones_in_one_request()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await PatchAsync(
            sandbox,
            Op("replace", "/migrationPath", "AUTOMATED"),
            Op("add", "/cloudMigrationAssistantCompatibility", "1.4.0"),
            Op("add", "/featureDifferenceDocumentation", "https://example.com/timesheets/cloud-vs-dc"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var stored = sandbox.Server.State.Presence.Migration(PresenceSeed.ProductId)!;
        Assert.That(stored["migrationPath"]!.GetValue<string>(), Is.EqualTo("AUTOMATED"));
        Assert.That(stored["cloudMigrationAssistantCompatibility"]!.GetValue<string>(), Is.EqualTo("1.4.0"));
        Assert.That(stored["featureDifferenceDocumentation"]!.GetValue<string>(), Is.EqualTo("https://example.com/timesheets/cloud-vs-dc"));
        Assert.That(JsonNode.DeepEquals(await SandboxHarness.ReadJsonAsync(response), stored), Is.True);
    }

    [Test]
    public async Task Replace_on_an_absent_field_is_refused_and_the_whole_patch_is_not_applied()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await PatchAsync(sandbox, Op("replace", "/migrationPath", "AUTOMATED"), Op("replace", "/migrationDocumentation", "https://example.com/m"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = await PresenceSeed.ErrorAsync(response);
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("VALIDATION_ERROR"));
        Assert.That(error["status"]!.GetValue<string>(), Is.EqualTo("400"));
        Assert.That(error["title"]!.GetValue<string>(), Is.EqualTo("Operation [1]: replace needs an existing field, and /migrationDocumentation is absent"));
        Assert.That(sandbox.Server.State.Presence.Migration(PresenceSeed.ProductId)!["migrationPath"]!.GetValue<string>(), Is.EqualTo("UNKNOWN"));
    }

    [TestCase("application/json")]
    [TestCase("text/plain")]
    public async Task A_PATCH_that_is_not_application_json_patch_json_is_415(string mediaType)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.Client.PatchAsync(PresenceSeed.MigrationPath, PresenceSeed.Json(new JsonArray(Op("replace", "/migrationPath", "AUTOMATED")), mediaType));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That((await PresenceSeed.ErrorAsync(response))["code"]!.GetValue<string>(), Is.EqualTo("UNSUPPORTED_MEDIA_TYPE"));
        Assert.That(sandbox.Server.State.Presence.Migration(PresenceSeed.ProductId)!["migrationPath"]!.GetValue<string>(), Is.EqualTo("UNKNOWN"));
    }

    [TestCase("move", "/migrationPath", "\"AUTOMATED\"", "Invalid value for [0].op: \"move\" is not one of [\"add\",\"replace\",\"remove\"]")]
    [TestCase("test", "/migrationPath", "\"UNKNOWN\"", "Invalid value for [0].op: \"test\" is not one of [\"add\",\"replace\",\"remove\"]")]
    [TestCase("replace", "/assistantCompatibility", "\"1.4.0\"", "Invalid value for [0].path: \"/assistantCompatibility\" is not one of")]
    [TestCase("replace", "/developerId", "\"00000000-0000-0000-0000-000000000000\"", "Invalid value for [0].path: \"/developerId\" is not one of")]
    [TestCase("replace", "/addonKey", "\"com.example.other\"", "Invalid value for [0].path: \"/addonKey\" is not one of")]
    [TestCase("add", "/cloudMigrationAssistantCompatibilityRanges/0", "{\"start\":\"1.0.0\",\"end\":\"1.4.0\"}", "Invalid value for [0].path: \"/cloudMigrationAssistantCompatibilityRanges/0\" is not one of")]
    [TestCase("replace", "/migrationPath", "\"automated\"", "Invalid value for [0].value: \"automated\" is not one of [\"UNKNOWN\"")]
    [TestCase("add", "/migrationDocumentation", "\"docs/migration\"", "migrationDocumentation must be an absolute http(s) URL")]
    [TestCase("add", "/isDualLicenseOptedIn", "\"yes\"", "Invalid value for [0].value: \"yes\" is not of type \"boolean\"")]
    [TestCase("remove", "/addonName", null, "Invalid value for [0].path: \"/addonName\" is not one of")]
    [TestCase("remove", "/migrationDocumentation", null, "Operation [0]: remove needs an existing field, and /migrationDocumentation is absent")]
    public async Task Unsupported_operations_paths_and_values_are_400(string op, string path, string? value, string title)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await PatchAsync(sandbox, Op(op, path, value is null ? null : JsonNode.Parse(value)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await PresenceSeed.ErrorAsync(response))["title"]!.GetValue<string>(), Does.StartWith(title));
    }

    [Test]
    public async Task Remove_takes_an_optional_field_away()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await PatchAsync(sandbox, Op("remove", "/migrationPath"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sandbox.Server.State.Presence.Migration(PresenceSeed.ProductId)!.ContainsKey("migrationPath"), Is.False);
    }

    [Test]
    public async Task Without_a_record_GET_and_PATCH_are_404_and_PUT_creates_it_once()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.Apps[0].CloudMigration = null);

        using var missing = await sandbox.Client.GetAsync(PresenceSeed.MigrationPath);
        using var patchMissing = await PatchAsync(sandbox, Op("add", "/migrationPath", "AUTOMATED"));
        using var created = await sandbox.Client.PutAsync(PresenceSeed.MigrationPath, PresenceSeed.Json(NewRecord()));
        using var again = await sandbox.Client.PutAsync(PresenceSeed.MigrationPath, PresenceSeed.Json(NewRecord()));

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await PresenceSeed.ErrorAsync(missing))["code"]!.GetValue<string>(), Is.EqualTo("NOT_FOUND"));
        Assert.That(patchMissing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var stored = sandbox.Server.State.Presence.Migration(PresenceSeed.ProductId)!;
        Assert.That(stored["addonKey"]!.GetValue<string>(), Is.EqualTo("com.example.timesheets"));
        Assert.That(stored["cloudMigrationAssistantCompatibilityRanges"]![0]!["end"]!.GetValue<string>(), Is.EqualTo("1.4.0"));
    }

    [TestCase("developerId", null, "developerId is required")]
    [TestCase("addonName", null, "addonName is required")]
    [TestCase("developerId", "\"00000000-0000-0000-0000-000000000000\"", "developerId is not the developer of this product")]
    [TestCase("productId", "\"x\"", "Unknown field 'productId'")]
    [TestCase("migrationPaths", "\"AUTOMATED\"", "Unknown field 'migrationPaths'")]
    [TestCase("cloudMigrationAssistantCompatibilityRanges", "[{\"start\":\"1.0.0\"}]", "cloudMigrationAssistantCompatibilityRanges[0].end is required")]
    public async Task An_invalid_PUT_is_400_and_creates_nothing(string field, string? value, string title)
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.Apps[0].CloudMigration = null);
        var body = NewRecord();
        body[field] = value is null ? null : JsonNode.Parse(value);
        if (value is null)
        {
            body.Remove(field);
        }

        using var response = await sandbox.Client.PutAsync(PresenceSeed.MigrationPath, PresenceSeed.Json(body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await PresenceSeed.ErrorAsync(response))["title"]!.GetValue<string>(), Is.EqualTo(title));
        Assert.That(sandbox.Server.State.Presence.Migration(PresenceSeed.ProductId), Is.Null);
    }
}
