using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Faults;

/// <summary>Fault rules match paths, not endpoints: the presence endpoints fail the same way as the version ones.</summary>
public sealed class PresenceFaultInjectionTests
{
    [Test]
    public async Task PerformThenDrop_on_the_app_listing_PUT_changes_the_listing_and_a_retry_with_the_old_revision_is_refused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Method = "PUT", Path = "/rest/3/product-listing/*", Kind = FaultKind.PerformThenDrop });
        var body = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath);
        body["tags"] = new JsonObject { ["category"] = new JsonArray("time-tracking"), ["keywords"] = new JsonArray("timesheet") };
        body = ContractBodies.Trim(body, "UpdateProductListingV3Request");
        body["summary"] = "Changed while the answer was lost";

        Assert.That(async () => await sandbox.Client.PutAsync(PresenceSeed.AppListingPath, PresenceSeed.Json(body)), Throws.InstanceOf<HttpRequestException>());
        using var retry = await sandbox.Client.PutAsync(PresenceSeed.AppListingPath, PresenceSeed.Json(body));

        // The dropped PUT is logged when the sandbox sees its connection end, which may be after the retry is logged:
        // find it by its fault, not by its place in the log.
        var requests = await sandbox.RequestsWhenLoggedAsync(3);
        var dropped = requests.Single(request => request.Method == "PUT" && request.Fault is not null);
        Assert.That(dropped.StatusCode, Is.EqualTo(0));
        Assert.That(dropped.Fault, Does.StartWith("performThenDrop PUT /rest/3/product-listing/*").And.EndWith("(performed: 200)"));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await PresenceSeed.ErrorAsync(retry))["title"]!.GetValue<string>(), Is.EqualTo("Revision mismatch"));
        var stored = sandbox.Server.State.Presence.AppListing(PresenceSeed.ProductId)!;
        Assert.That(stored["summary"]!.GetValue<string>(), Is.EqualTo("Changed while the answer was lost"));
        Assert.That(stored["revision"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task A_503_on_the_migration_PATCH_applies_nothing_and_the_retry_applies_it_once()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Method = "PATCH", Path = "/rest/3/cloud-migration-compatibility/products/*", StatusCode = 503, RetryAfter = "1" });
        var patch = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "/migrationPath", ["value"] = "AUTOMATED" });

        using var failed = await sandbox.Client.PatchAsync(PresenceSeed.MigrationPath, PresenceSeed.JsonPatch(patch));
        var afterFailure = sandbox.Server.State.Presence.Migration(PresenceSeed.ProductId)!["migrationPath"]!.GetValue<string>();
        using var retried = await sandbox.Client.PatchAsync(PresenceSeed.MigrationPath, PresenceSeed.JsonPatch(patch));

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(failed.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(afterFailure, Is.EqualTo("UNKNOWN"));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sandbox.Server.State.Presence.Migration(PresenceSeed.ProductId)!["migrationPath"]!.GetValue<string>(), Is.EqualTo("AUTOMATED"));
    }

    [Test]
    public async Task PerformThenStatus_on_publish_makes_the_draft_live_although_the_client_sees_502()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed =>
            seed.Apps[0].PrivacySecurityDraft = new JsonObject { ["commonCloud"] = new JsonObject { ["logDetails"] = new JsonObject { ["logEndUserData"] = true } } });
        sandbox.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/rest/3/privacy-and-security/products/*/publish", Kind = FaultKind.PerformThenStatus });

        using var publish = await sandbox.Client.PostAsync(PresenceSeed.PrivacyPath + "/publish", content: null);
        using var again = await sandbox.Client.PostAsync(PresenceSeed.PrivacyPath + "/publish", content: null);

        Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(sandbox.Server.State.Presence.PrivacySecurityLive(PresenceSeed.ProductId), Is.Not.Null);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the draft is gone: a client must re-read live state instead of publishing again");
        Assert.That(sandbox.Server.State.Presence.PrivacySecurityPublishCount(PresenceSeed.ProductId), Is.EqualTo(1));
    }
}
