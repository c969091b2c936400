using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Endpoints;

/// <summary>Issue 13: PUT …/versions/{buildNumber} with revisions; only the editable fields may change.</summary>
public sealed class VersionUpdateTests
{
    private const long Seeded = 100300000;

    /// <summary>The version as read, made into the body of its PUT: the request schema's fields only.</summary>
    private static async Task<JsonObject> ReadAsync(SandboxHarness sandbox, long buildNumber)
    {
        using var response = await sandbox.Client.GetAsync(SandboxHarness.VersionPath(buildNumber));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return ContractBodies.Trim((await SandboxHarness.ReadJsonAsync(response)).AsObject(), "AppSoftwareVersionUpdateRequest");
    }

    [Test]
    public async Task The_read_version_with_new_compatibility_supported_beta_and_notes_is_updated_in_place()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = await ReadAsync(sandbox, Seeded);
        body["compatibilities"]![0]!["maxBuildNumber"] = 10030003;
        body["supported"] = false;
        body["beta"] = true;
        body["changelog"] = new JsonObject { ["releaseSummary"] = "Jira 10.3.3", ["releaseNotes"] = "Compatible with Jira 10.3.3." };
        body["licenseType"] = new JsonObject { ["id"] = "commercial" };

        using var response = await sandbox.PutJsonAsync(SandboxHarness.VersionPath(Seeded), body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty, "the contract's 200 has no content");
        var version = sandbox.Server.State.Version(SandboxHarness.DataCenterId, Seeded)!;
        Assert.Multiple(() =>
        {
            Assert.That(version.Compatibilities, Is.EqualTo(new[] { new SandboxCompatibility("jira", 9120000, 10030003) }));
            Assert.That(version.Supported, Is.False);
            Assert.That(version.Beta, Is.True);
            Assert.That(version.ReleaseNotes, Is.EqualTo("Compatible with Jira 10.3.3."));
            Assert.That(version.State, Is.EqualTo("active"), "state unchanged");
            Assert.That(version.LicenseType, Is.EqualTo("commercial"));
            Assert.That(version.AcceptedAgreements, Has.Count.EqualTo(1), "kept although the GET does not show them");
            Assert.That(version.Revision, Is.EqualTo(2));
            Assert.That(sandbox.Server.State.Versions(SandboxHarness.DataCenterId), Has.Count.EqualTo(1));
        });
    }

    private static IEnumerable<TestCaseData> FixedFieldChanges()
    {
        yield return Case("versionNumber", body => body["versionNumber"] = "1.3.1");
        yield return Case("supportedPaymentModel", body => body["supportedPaymentModel"] = "free");
        yield return Case("frameworkDetails", body => body["frameworkDetails"]!["attributes"]!["pluginFrameworkType"] = "P1");
        yield return Case("licenseType", body => body["licenseType"] = new JsonObject { ["id"] = "asl" });
        yield return Case("editionsEnabled", body => body["editionsEnabled"] = true);
        yield return Case("sourceCodeLicense", body => body["sourceCodeLicense"] = new JsonObject { ["url"] = "https://example.com/source" });

        static TestCaseData Case(string field, Action<JsonObject> change) => new TestCaseData(field, change).SetName("A PUT changing " + field + " is refused");
    }

    [TestCaseSource(nameof(FixedFieldChanges))]
    public async Task A_put_changing_a_field_that_is_not_editable_is_400_and_changes_nothing(string field, Action<JsonObject> change)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = await ReadAsync(sandbox, Seeded);
        change(body);

        using var response = await sandbox.PutJsonAsync(SandboxHarness.VersionPath(Seeded), body);

        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), text);
        Assert.That(JsonNode.Parse(text)!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("VALIDATION_ERROR"));
        Assert.That(text, Does.Contain($"{field} cannot be changed on an existing version"));
        Assert.That(sandbox.Server.State.Version(SandboxHarness.DataCenterId, Seeded)!.Revision, Is.EqualTo(1));
    }

    [Test]
    public async Task A_put_changing_the_state_or_lacking_the_revision_is_400()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var changedState = await ReadAsync(sandbox, Seeded);
        changedState["state"] = "archived";
        var noRevision = await ReadAsync(sandbox, Seeded);
        noRevision.Remove("revision");

        using var state = await sandbox.PutJsonAsync(SandboxHarness.VersionPath(Seeded), changedState);
        using var revision = await sandbox.PutJsonAsync(SandboxHarness.VersionPath(Seeded), noRevision);

        Assert.That(state.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await state.Content.ReadAsStringAsync(), Does.Contain("state cannot be changed"));
        Assert.That(revision.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await revision.Content.ReadAsStringAsync(), Does.Contain("revision is required"));
    }

    [Test]
    public async Task A_revision_read_before_the_review_decided_is_stale_400_REVISION_MISMATCH_and_a_re_read_succeeds()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.Approval = new SeedApproval(ApprovalOutcome.Approved, TimeSpan.FromMinutes(5)));
        var buildNumber = await sandbox.CreateVersionAsync();
        using var published = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), new JsonObject { ["state"] = "PUBLIC" });
        var before = await ReadAsync(sandbox, buildNumber);
        before["beta"] = true;
        sandbox.Time.Advance(TimeSpan.FromMinutes(5));

        using var stale = await sandbox.PutJsonAsync(SandboxHarness.VersionPath(buildNumber), before);
        var reread = await ReadAsync(sandbox, buildNumber);
        reread["beta"] = true;
        using var retried = await sandbox.PutJsonAsync(SandboxHarness.VersionPath(buildNumber), reread);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await stale.Content.ReadAsStringAsync(), Does.Contain("REVISION_MISMATCH"));
        Assert.That(reread["state"]!.GetValue<string>(), Is.EqualTo("approved"));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK), await retried.Content.ReadAsStringAsync());
        Assert.That(sandbox.Server.State.Version(SandboxHarness.DataCenterId, buildNumber)!.Beta, Is.True);
    }

    [Test]
    public async Task A_connect_version_created_without_numbers_is_updated_by_the_build_number_its_Location_named()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var created = await sandbox.PostJsonAsync($"rest/3/app-software/{SandboxHarness.DataCenterId}/versions", SandboxHarness.ConnectVersion(await sandbox.UploadDescriptorAsync()));
        var location = created.Headers.Location!.ToString().TrimStart('/');
        using var read = await sandbox.Client.GetAsync(location);
        var body = ContractBodies.Trim((await SandboxHarness.ReadJsonAsync(read)).AsObject(), "AppSoftwareVersionUpdateRequest");
        body["compatibilities"]![0]!["maxBuildNumber"] = 10030003;

        using var put = await sandbox.PutJsonAsync(location, body);

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK), await put.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_put_whose_answer_is_lost_was_applied_and_resending_it_is_400_REVISION_MISMATCH()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Method = "PUT", Path = "/rest/3/app-software/*/versions/*", Kind = FaultKind.PerformThenDrop });
        var body = await ReadAsync(sandbox, Seeded);
        body["compatibilities"]![0]!["maxBuildNumber"] = 10030003;

        Assert.That(async () => await sandbox.PutJsonAsync(SandboxHarness.VersionPath(Seeded), body), Throws.InstanceOf<HttpRequestException>());
        using var resent = await sandbox.PutJsonAsync(SandboxHarness.VersionPath(Seeded), body);

        Assert.That(resent.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await resent.Content.ReadAsStringAsync(), Does.Contain("REVISION_MISMATCH"));
        var version = sandbox.Server.State.Version(SandboxHarness.DataCenterId, Seeded)!;
        Assert.That(version.Compatibilities.Single().MaxBuildNumber, Is.EqualTo(10030003), "the lost PUT was applied");
        Assert.That(version.Revision, Is.EqualTo(2));
    }
}
