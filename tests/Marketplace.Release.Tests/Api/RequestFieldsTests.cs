using System.Text.Json.Nodes;
using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Release.Versions;
using Marketplace.Sandbox.Contract;

namespace Marketplace.Release.Tests.Api;

/// <summary>
/// Issue 18 item 4: a PUT built from a GET keeps only its request schema's fields. The client's field lists are
/// compared with docs/contract/marketplace-v3.openapi.json, and each fix is seen where the user would see it: in
/// what the sandbox, holding every request to the contract, recorded about the request.
/// </summary>
internal sealed class RequestFieldsTests
{
    private static readonly Lazy<JsonObject> Schemas = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Join(WorkspaceBuilder.RepositoryRoot(), "docs", "contract", "marketplace-v3.openapi.json")))!["components"]!["schemas"]!.AsObject());

    private static IEnumerable<string> Properties(string schema) => Schemas.Value[schema]!["properties"]!.AsObject().Select(property => property.Key);

    [Test]
    public void The_client_s_field_lists_are_the_contract_s_request_schemas()
    {
        Assert.That(RequestFields.VersionUpdate, Is.EquivalentTo(Properties("AppSoftwareVersionUpdateRequest")));
        Assert.That(RequestFields.VersionLicenseType, Is.EquivalentTo(Properties("AppSoftwareVersionLicenseType")));
        Assert.That(RequestFields.AppListingUpdate, Is.EquivalentTo(Properties("UpdateProductListingV3Request")));
        Assert.That(RequestFields.MigrationPatchPaths,
            Is.EquivalentTo(Schemas.Value["AppMigrationPatchDocumentation"]!["properties"]!["path"]!["enum"]!.AsArray().Select(path => path!.GetValue<string>())));
    }

    [Test]
    public void A_version_put_built_from_a_released_version_s_GET_carries_none_of_its_read_only_fields()
    {
        var live = JsonNode.Parse("""
            {"buildNumber":100300000,"versionNumber":"1.3.0","compatibilities":[{"parentSoftwareId":"jira","minBuildNumber":9120000,"maxBuildNumber":10030000}],
             "supportedPaymentModel":"free","frameworkDetails":{"frameworkId":"plugin","attributes":{"artifactId":"a","pluginFrameworkType":"P2"}},
             "licenseType":{"id":"commercial","name":"Commercial License","link":"https://example.com/license"},"supported":true,"beta":false,
             "state":"active","revision":3,"createdBy":"dev@example.com","createdAt":"2025-01-01T00:00:00Z",
             "approvalDetails":{"approvedAt":"2025-01-02T00:00:00Z"},"releaseDetails":{"releasedAt":"2025-01-02T00:00:00Z","releasedBy":"dev@example.com"},
             "editionsEnabled":null}
            """)!.AsObject();
        var desired = ExistingVersionCallsTests.Desired(new VersionResponse { BuildNumber = 100300000, VersionNumber = "1.3.0", Revision = 3, StateWord = "active" },
            new Compatibility("jira", 9120000, 10040001));

        var body = VersionUpdateBody.Build(live, desired);

        Assert.That(body.Select(property => property.Key), Is.SubsetOf(Properties("AppSoftwareVersionUpdateRequest")));
        Assert.That(body.Select(property => property.Key), Does.Not.Contain("releaseDetails").And.Not.Contain("createdBy").And.Not.Contain("approvalDetails").And.Not.Contain("editionsEnabled"));
        Assert.That(body["licenseType"]!.ToJsonString(), Is.EqualTo("""{"id":"commercial"}"""));
        Assert.That(body["state"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(body["revision"]!.GetValue<int>(), Is.EqualTo(3));
    }

    [Test]
    public async Task The_app_listing_put_of_a_read_listing_conforms_to_the_contract()
    {
        await using var sandbox = await SandboxedClient.StartAsync();
        const string productId = "4d8e2f1a-3b5c-4a6d-9e7f-1a2b3c4d5e6f";
        var live = (await sandbox.Client.GetAppListingAsync(productId, CancellationToken.None))!;
        Assert.That(live.ProductId, Is.EqualTo(productId), "the GET shows the read-only productId");
        var before = ContractLedger.Snapshot().Count;

        await sandbox.Client.UpdateAppListingAsync(productId, live with { TagLine = "Tracked" }, CancellationToken.None);

        var put = ContractLedger.Snapshot().Skip(before).Single(check => check.Operation == "PUT /rest/3/product-listing/{productId}");
        Assert.That(put.Verdict, Is.EqualTo(ContractVerdict.Conforms), string.Join("; ", put.Violations));
        Assert.That(put.FromProduct, Is.True);
        Assert.That(sandbox.Server.State.Presence.AppListing(productId)!["slug"]!.GetValue<string>(), Is.EqualTo("timesheets-for-jira"), "the read-only slug stays");
    }

    [Test]
    public void A_migration_patch_never_names_addonName_or_developerId()
    {
        var live = new MigrationInfo { ProductId = "p", AddonKey = "k", DeveloperId = "d", AddonName = "Old name", MigrationPath = "UNKNOWN" };
        var desired = live with { AddonName = "New name", DeveloperId = "other", MigrationPath = "AUTOMATED" };

        var patch = MigrationPatch.Between(live, desired);

        Assert.That(patch.Select(operation => operation.Path), Is.EqualTo(new[] { "/migrationPath" }));
    }
}
