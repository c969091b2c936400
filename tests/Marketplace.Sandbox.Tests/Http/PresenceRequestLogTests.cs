using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Http;

public sealed class PresenceRequestLogTests
{
    [Test]
    public async Task Every_presence_request_is_logged_with_its_method_path_and_status_so_reads_and_writes_can_be_told_apart()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var listing = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath);
        listing["tags"] = new JsonObject { ["category"] = new JsonArray("time-tracking"), ["keywords"] = new JsonArray("timesheet") };

        await PresenceSeed.GetObjectAsync(sandbox.Client, $"rest/3/product-listing/developer-space/{PresenceSeed.DeveloperId}?includePrivate=true");
        (await sandbox.Client.PutAsync(PresenceSeed.AppListingPath, PresenceSeed.Json(ContractBodies.Trim(listing, "UpdateProductListingV3Request")))).Dispose();
        await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.MigrationPath);
        (await sandbox.Client.PatchAsync(PresenceSeed.MigrationPath, PresenceSeed.JsonPatch(new JsonArray(new JsonObject { ["op"] = "add", ["path"] = "/cloudMigrationAssistantCompatibility", ["value"] = "1.4.0" })))).Dispose();
        (await sandbox.Client.PutAsync(PresenceSeed.PrivacyPath, PresenceSeed.Json(new JsonObject { ["commonCloud"] = new JsonObject { ["logDetails"] = new JsonObject() } }))).Dispose();
        (await sandbox.Client.PostAsync(PresenceSeed.PrivacyPath + "/publish", content: null)).Dispose();
        (await sandbox.Client.GetAsync(PresenceSeed.PrivacyPath + "?state=live")).Dispose();

        var log = sandbox.Server.Requests.Select(request => $"{request.Method} {request.PathAndQuery} {request.StatusCode}").ToList();
        Assert.That(log, Is.EqualTo(new[]
        {
            $"GET /marketplace/{PresenceSeed.AppListingPath} 200",
            $"GET /marketplace/rest/3/product-listing/developer-space/{PresenceSeed.DeveloperId}?includePrivate=true 200",
            $"PUT /marketplace/{PresenceSeed.AppListingPath} 200",
            $"GET /marketplace/{PresenceSeed.MigrationPath} 200",
            $"PATCH /marketplace/{PresenceSeed.MigrationPath} 200",
            $"PUT /marketplace/{PresenceSeed.PrivacyPath} 200",
            $"POST /marketplace/{PresenceSeed.PrivacyPath}/publish 200",
            $"GET /marketplace/{PresenceSeed.PrivacyPath}?state=live 200",
        }));
        Assert.That(sandbox.Server.Requests.Count(request => request.Method is "PUT" or "PATCH" or "POST" or "DELETE"), Is.EqualTo(4));
    }

    [Test]
    public async Task The_admin_state_dump_shows_each_product_with_its_listing_and_migration_record_and_is_not_logged()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var anonymous = new HttpClient();

        using var response = await anonymous.GetAsync(new Uri($"http://127.0.0.1:{sandbox.Server.Port}/__sandbox/state"));

        var product = (await SandboxHarness.ReadJsonAsync(response))["products"]!.AsArray().Single()!;
        Assert.That(product["productId"]!.GetValue<string>(), Is.EqualTo(PresenceSeed.ProductId));
        Assert.That(product["appListing"]!["revision"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(product["cloudMigration"]!["migrationPath"]!.GetValue<string>(), Is.EqualTo("UNKNOWN"));
        Assert.That(product["privacySecurity"]!["live"], Is.Null);
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }
}
