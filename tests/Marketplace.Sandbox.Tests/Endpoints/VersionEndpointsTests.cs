using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Endpoints;

public sealed class VersionEndpointsTests
{
    private const string VersionsPath = $"rest/3/app-software/{SandboxHarness.DataCenterId}/versions";

    [Test]
    public async Task Creating_a_version_answers_201_with_a_Location_and_no_body_and_stores_every_field()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var artifactId = await sandbox.UploadPluginAsync();

        using var response = await sandbox.PostJsonAsync(VersionsPath, SandboxHarness.PluginVersion(artifactId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/rest/3/app-software/{SandboxHarness.DataCenterId}/versions/100400000"));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);

        var version = sandbox.Server.State.Version(SandboxHarness.DataCenterId, 100400000)!;
        Assert.Multiple(() =>
        {
            Assert.That(sandbox.Server.State.Versions(SandboxHarness.DataCenterId), Has.Count.EqualTo(2));
            Assert.That(version.VersionNumber, Is.EqualTo("1.4.0"));
            Assert.That(version.ArtifactId, Is.EqualTo(artifactId));
            Assert.That(version.PluginFrameworkType, Is.EqualTo("P2"));
            Assert.That(version.SupportedPaymentModel, Is.EqualTo("paid-via-atlassian"));
            Assert.That(version.LicenseType, Is.EqualTo("commercial"));
            Assert.That(version.Compatibilities, Is.EqualTo(new[] { new SandboxCompatibility("jira", 9120000, 10030003) }));
            Assert.That(version.AcceptedAgreements, Is.EqualTo(new[] { SandboxHarness.Agreement }));
            Assert.That(version.ReleaseSummary, Is.EqualTo("Faster exports"));
            Assert.That(version.Supported, Is.True);
            Assert.That(version.Beta, Is.False);
            Assert.That(version.Revision, Is.EqualTo(1));
            Assert.That(sandbox.Server.State.Artifact(artifactId)!.VersionCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_plugin_version_without_pluginFrameworkType_is_created_as_the_contract_makes_it_optional()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = SandboxHarness.PluginVersion(await sandbox.UploadPluginAsync());
        body["frameworkDetails"]!["attributes"]!.AsObject().Remove("pluginFrameworkType");

        using var response = await sandbox.PostJsonAsync(VersionsPath, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(sandbox.Server.State.Version(SandboxHarness.DataCenterId, 100400000)!.PluginFrameworkType, Is.Null);
    }

    [Test]
    public async Task Get_by_build_number_adds_state_revision_and_createdAt()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var buildNumber = await sandbox.CreateVersionAsync();

        using var response = await sandbox.Client.GetAsync(SandboxHarness.VersionPath(buildNumber));
        using var missing = await sandbox.Client.GetAsync(SandboxHarness.VersionPath(1));

        var body = await SandboxHarness.ReadJsonAsync(response);
        Assert.That(body["buildNumber"]!.GetValue<long>(), Is.EqualTo(buildNumber));
        Assert.That(body["state"]!.GetValue<string>(), Is.EqualTo("draft"));
        Assert.That(body["revision"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(body["createdAt"]!.GetValue<string>(), Is.EqualTo("2025-06-01T12:00:00.000Z"));
        Assert.That(body["frameworkDetails"]!["attributes"]!["pluginFrameworkType"]!.GetValue<string>(), Is.EqualTo("P2"));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await SandboxHarness.ReadJsonAsync(missing))["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("NOT_FOUND"));
    }

    [Test]
    public async Task A_duplicate_build_number_is_400_VALIDATION_ERROR_not_409()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var artifactId = await sandbox.UploadPluginAsync();

        using var seeded = await sandbox.PostJsonAsync(VersionsPath, SandboxHarness.PluginVersion(artifactId, 100300000, "1.3.0"));

        Assert.That(seeded.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = (await SandboxHarness.ReadJsonAsync(seeded))["errors"]![0]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("VALIDATION_ERROR"));
        Assert.That(error["title"]!.GetValue<string>(), Is.EqualTo("Build number already exists"));
        Assert.That(sandbox.Server.State.Versions(SandboxHarness.DataCenterId), Has.Count.EqualTo(1));
    }

    private static IEnumerable<TestCaseData> InvalidBodies()
    {
        yield return Case("no acceptedAgreements", body => body.Remove("acceptedAgreements"), "acceptedAgreements");
        yield return Case("unknown parent software", body => body["compatibilities"]![0]!["parentSoftwareId"] = "jirra", "parentSoftwareId");
        yield return Case("min above max", body => body["compatibilities"]![0]!["minBuildNumber"] = 99999999, "greater than");
        yield return Case("payment model", body => body["supportedPaymentModel"] = "paid", "supportedPaymentModel");
        yield return Case("framework plugins2", body => body["frameworkDetails"]!["frameworkId"] = "plugins2", "frameworkId");
        yield return Case("P3", body => body["frameworkDetails"]!["attributes"]!["pluginFrameworkType"] = "P3", "Invalid value for frameworkDetails.attributes.pluginFrameworkType");
        yield return Case("no artifactId", body => body["frameworkDetails"]!["attributes"]!.AsObject().Remove("artifactId"), "artifactId");
        yield return Case("supported as string", body => body["supported"] = "true", "supported");
        yield return Case("no beta", body => body.Remove("beta"), "beta");
        yield return Case("no buildNumber", body => body.Remove("buildNumber"), "buildNumber");
        yield return Case("no versionNumber", body => body.Remove("versionNumber"), "versionNumber");
        yield return Case("licence id", body => body["licenseType"] = new JsonObject { ["id"] = "mit" }, "licenseType");
        yield return Case("misspelt field", body => body["changeLog"] = new JsonObject(), "Unknown field 'changeLog'");
        yield return Case("unknown artifact", body => body["frameworkDetails"]!["attributes"]!["artifactId"] = "no-such-artifact", "Artifact not found");

        static TestCaseData Case(string name, Action<JsonObject> breakIt, string expected) => new TestCaseData(breakIt, expected).SetName("Version rule: " + name);
    }

    [TestCaseSource(nameof(InvalidBodies))]
    public async Task An_invalid_version_body_is_400_naming_the_problem(Action<JsonObject> breakIt, string expected)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = SandboxHarness.PluginVersion(await sandbox.UploadPluginAsync());
        breakIt(body);

        using var response = await sandbox.PostJsonAsync(VersionsPath, body);

        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), text);
        Assert.That(text, Does.Contain(expected));
        Assert.That(sandbox.Server.State.Versions(SandboxHarness.DataCenterId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Connect_versions_get_a_generated_build_and_version_number()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = SandboxHarness.ConnectVersion(await sandbox.UploadDescriptorAsync());

        using var response = await sandbox.PostJsonAsync(VersionsPath, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var created = sandbox.Server.State.Versions(SandboxHarness.DataCenterId).Single(version => version.FrameworkId == "connect");
        Assert.That(created.BuildNumber, Is.EqualTo(100300001));
        Assert.That(created.VersionNumber, Is.EqualTo("1.0.100300001"));
        Assert.That(response.Headers.Location!.ToString(), Does.EndWith("/versions/100300001"));
    }

    [Test]
    public async Task A_version_on_an_artifact_still_processing_is_refused()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.ProcessingDelay = TimeSpan.FromSeconds(5));
        var artifactId = await sandbox.UploadPluginAsync();

        using var early = await sandbox.PostJsonAsync(VersionsPath, SandboxHarness.PluginVersion(artifactId));
        sandbox.Time.Advance(TimeSpan.FromSeconds(5));
        using var later = await sandbox.PostJsonAsync(VersionsPath, SandboxHarness.PluginVersion(artifactId));

        Assert.That(early.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await early.Content.ReadAsStringAsync(), Does.Contain("Artifact is still being processed").And.Contain("VALIDATION_ERROR"));
        Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Put_replaces_the_version_with_the_current_revision_and_refuses_a_stale_one()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var buildNumber = await sandbox.CreateVersionAsync();
        using var read = await sandbox.Client.GetAsync(SandboxHarness.VersionPath(buildNumber));
        var body = ContractBodies.Trim((await SandboxHarness.ReadJsonAsync(read)).AsObject(), "AppSoftwareVersionUpdateRequest");
        body["changelog"]!["releaseSummary"] = "Even faster exports";

        using var updated = await sandbox.PutJsonAsync(SandboxHarness.VersionPath(buildNumber), body);
        using var stale = await sandbox.PutJsonAsync(SandboxHarness.VersionPath(buildNumber), body);

        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await updated.Content.ReadAsStringAsync());
        Assert.That(await updated.Content.ReadAsStringAsync(), Is.Empty, "the contract's 200 for the version PUT has no content");
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = (await SandboxHarness.ReadJsonAsync(stale))["errors"]![0]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("REVISION_MISMATCH"));
        Assert.That(error["status"]!.GetValue<string>(), Is.EqualTo("400"));
        var version = sandbox.Server.State.Version(SandboxHarness.DataCenterId, buildNumber)!;
        Assert.That(version.ReleaseSummary, Is.EqualTo("Even faster exports"));
        Assert.That(version.Revision, Is.EqualTo(2));
    }

    [Test]
    public async Task Versions_page_with_a_cursor_and_a_relative_next_link_absent_on_the_last_page()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var artifactId = await sandbox.UploadPluginAsync();
        for (var minor = 4; minor <= 8; minor++)
        {
            using var created = await sandbox.PostJsonAsync(VersionsPath, SandboxHarness.PluginVersion(artifactId, 100000000 + (minor * 100000), $"1.{minor}.0"));
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        var seen = new List<long>();
        var next = VersionsPath + "?limit=2";
        var pages = 0;
        while (next is not null)
        {
            using var response = await sandbox.Client.GetAsync(next);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var page = await SandboxHarness.ReadJsonAsync(response);
            Assert.That(page["totalCount"]!.GetValue<int>(), Is.EqualTo(6));
            seen.AddRange(page["versions"]!.AsArray().Select(version => version!["buildNumber"]!.GetValue<long>()));
            var link = page["links"]!["next"]?.GetValue<string>();
            Assert.That(link, Is.Null.Or.StartsWith("/rest/3/app-software/"));
            next = link?.TrimStart('/');
            pages++;
        }

        Assert.That(pages, Is.EqualTo(3));
        Assert.That(seen, Is.EqualTo(new long[] { 100800000, 100700000, 100600000, 100500000, 100400000, 100300000 }));
    }

    [TestCase("0")]
    [TestCase("51")]
    [TestCase("ten")]
    public async Task A_limit_outside_1_to_50_is_400(string limit)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.Client.GetAsync(VersionsPath + "?limit=" + limit);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
