using System.Net;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Contract;

namespace Marketplace.Sandbox.Tests.Contract;

/// <summary>
/// The ledger behind the suite-wide contract test: the sandbox records every request with the contract's verdict, and
/// the summary blames the product (its User-Agent) for a refused body or an undescribed call, never a test that sent
/// one by hand.
/// </summary>
public sealed class ContractLedgerTests
{
    [Test]
    public async Task A_refused_body_and_an_undescribed_call_of_the_product_are_its_violations_and_a_hand_sent_one_is_not()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var product = sandbox.CreateClient(SandboxHarness.User, SandboxHarness.Token);
        product.DefaultRequestHeaders.UserAgent.ParseAdd("marketplace-release/1.0.0");
        var before = ContractLedger.Snapshot().Count;
        var badPatch = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "/addonName", ["value"] = "x" });

        using var byHand = await sandbox.Client.PatchAsync(PresenceSeed.MigrationPath, PresenceSeed.JsonPatch(badPatch));
        using var byProduct = await product.PatchAsync(PresenceSeed.MigrationPath, PresenceSeed.JsonPatch(badPatch));
        using var undescribed = await product.DeleteAsync(PresenceSeed.AppListingPath);
        using var read = await product.GetAsync(PresenceSeed.MigrationPath);

        var summary = ContractSummary.Of(ContractLedger.Snapshot().Skip(before).ToList());
        Assert.That(byHand.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(summary.Calls, Is.EqualTo(4));
        Assert.That(summary.BodiesChecked, Is.EqualTo(2));
        Assert.That(summary.BodiesRefused, Is.EqualTo(2));
        Assert.That(summary.ProductViolations, Has.Count.EqualTo(2));
        Assert.That(summary.ProductViolations[0], Does.StartWith("PATCH /rest/3/cloud-migration-compatibility/products/{productId}: Violates: Invalid value for [0].path"));
        Assert.That(summary.ProductViolations[1], Does.StartWith($"DELETE /rest/3/product-listing/{PresenceSeed.ProductId}: Undescribed"));
        Assert.That(summary.Text(), Does.Contain("4 calls, 2 request bodies checked"));
    }

    [Test]
    public async Task A_conforming_body_is_counted_and_blames_no_one()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var before = ContractLedger.Snapshot().Count;
        var patch = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "/migrationPath", ["value"] = "AUTOMATED" });

        using var response = await sandbox.Client.PatchAsync(PresenceSeed.MigrationPath, PresenceSeed.JsonPatch(patch));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var check = ContractLedger.Snapshot().Skip(before).Single();
        Assert.That(check.Verdict, Is.EqualTo(ContractVerdict.Conforms));
        Assert.That(check.FromProduct, Is.False);
    }
}
