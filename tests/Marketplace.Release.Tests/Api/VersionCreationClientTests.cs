using System.Text.Json.Nodes;
using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Release.Tests.Api;

/// <summary>
/// Issue 12, client side: the build number of a created version comes from the 201's Location (the Marketplace
/// assigns it for connect and forge), every page of the version list is read, uploads show the plugin's details,
/// and <c>--debug</c> shows bodies with secrets masked.
/// </summary>
[TestFixture]
internal sealed class VersionCreationClientTests
{
    private const string DataCenterId = "5e1f3b2a-7c4d-4e8f-9a10-0b1c2d3e4f50";
    private const string Token = "sandbox-token";
    private readonly FakeTimeProvider sandboxTime = new(DateTimeOffset.UtcNow);
    private SandboxServer sandbox = null!;
    private MarketplaceClient client = null!;
    private WorkspaceBuilder workspace = null!;
    private readonly List<string> debug = [];

    [SetUp]
    public async Task SetUp()
    {
        var seed = SandboxSeed.Default;
        // 60 more versions than the default seed's: the list spans two pages of 50.
        for (var index = 1; index <= 60; index++)
        {
            seed.Apps[0].Software.Single(s => s.Id == DataCenterId).Versions.Add(new SeedVersion { Version = SeededVersion(index) });
        }

        sandbox = await SandboxServer.StartAsync(new SandboxOptions { Port = 0, Seed = seed, TimeProvider = sandboxTime });
        debug.Clear();
        client = new MarketplaceClient(new MarketplaceConnection(sandbox.BaseUrl, "sandbox@example.com", Token), new MarketplaceClientOptions(),
            new FakeTimeProvider(DateTimeOffset.UtcNow), debug.Add);
        workspace = WorkspaceBuilder.Create();
    }

    [TearDown]
    public async Task TearDown()
    {
        client.Dispose();
        workspace.Dispose();
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task A_forge_version_s_assigned_build_number_is_taken_from_the_Location_and_reads_back()
    {
        var created = await client.CreateVersionAsync(DataCenterId, Request(Framework.Forge, Forge("forge-v-9"), buildNumber: null, versionNumber: "2.0.0"), CancellationToken.None);

        Assert.That(created.BuildNumber, Is.Not.Null, $"Location: {created.Location}");
        var live = await client.GetVersionAsync(DataCenterId, created.BuildNumber!.Value, CancellationToken.None);
        Assert.That(live!.FrameworkDetails!.Attributes!["versionId"]!.GetValue<string>(), Is.EqualTo("forge-v-9"));
        Assert.That(live.VersionNumber, Is.EqualTo("2.0.0"));
    }

    [Test]
    public async Task A_connect_version_s_build_and_version_numbers_are_the_Marketplace_s()
    {
        var descriptor = await client.UploadArtifactAsync(workspace.WithFile("atlassian-connect.json", """{"key":"c","scopes":["READ"]}""").PathOf("atlassian-connect.json"), null, CancellationToken.None);
        var attributes = new JsonObject { ["descriptorId"] = descriptor.ArtifactId, ["scopes"] = new JsonArray("READ") };
        sandboxTime.Advance(TimeSpan.FromSeconds(5)); // the descriptor is processed

        var created = await client.CreateVersionAsync(DataCenterId, Request(Framework.Connect, attributes, buildNumber: null, versionNumber: null), CancellationToken.None);

        var live = await client.GetVersionAsync(DataCenterId, created.BuildNumber!.Value, CancellationToken.None);
        Assert.That(live!.VersionNumber, Is.EqualTo($"1.0.{created.BuildNumber}"));
        Assert.That(live.FrameworkDetails!.Attributes!["descriptorId"]!.GetValue<string>(), Is.EqualTo(descriptor.ArtifactId));
    }

    [Test]
    public async Task A_version_with_its_own_build_number_gets_that_number_back()
    {
        var attributes = new JsonObject { ["authorization"] = true, ["binaryUrl"] = "https://downloads.example.com/t.zip" };

        var created = await client.CreateVersionAsync(DataCenterId, Request(Framework.External, attributes, buildNumber: 100500000, versionNumber: "1.5.0"), CancellationToken.None);

        Assert.That(created.BuildNumber, Is.EqualTo(100500000));
        Assert.That(created.Location, Does.EndWith($"/app-software/{DataCenterId}/versions/100500000"));
    }

    [Test]
    public async Task Every_page_of_the_version_list_is_read_by_following_links_next()
    {
        var versions = await client.ListVersionsAsync(DataCenterId, CancellationToken.None);

        Assert.That(versions, Has.Count.EqualTo(61), "the seed's 1.3.0 and 60 more");
        Assert.That(versions.Select(v => v.BuildNumber), Is.Unique);
        Assert.That(sandbox.Requests.Count(r => r.PathAndQuery.Contains("/versions?", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(sandbox.Requests.Any(r => r.PathAndQuery.Contains("cursor=", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public async Task An_uploaded_plugin_shows_its_key_and_version_as_details()
    {
        var jar = workspace.WithPluginJar("t.jar", key: "com.example.other", version: "9.9.9").PathOf("t.jar");

        var uploaded = await client.UploadArtifactAsync(jar, null, CancellationToken.None);

        Assert.That(uploaded.Details, Is.EqualTo(new ArtifactDetails("com.example.other", "Timesheets", "9.9.9")));
    }

    [Test]
    public async Task Debug_shows_json_bodies_of_requests_and_responses_and_uploads_as_a_size_without_credentials()
    {
        var attributes = new JsonObject { ["authorization"] = true };
        await client.CreateVersionAsync(DataCenterId, Request(Framework.External, attributes, buildNumber: 100500000, versionNumber: "1.5.0"), CancellationToken.None);
        await client.GetVersionAsync(DataCenterId, 100500000, CancellationToken.None);
        var jar = workspace.WithPluginJar("t.jar").PathOf("t.jar");
        await client.UploadArtifactAsync(jar, null, CancellationToken.None);

        var bodies = debug.Where(line => line.Contains("body:", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(bodies, Has.Some.StartsWith("http → body: {").And.Contains("\"authorization\":true").And.Contains("\"versionNumber\":\"1.5.0\""), "the POST body");
            Assert.That(bodies, Has.Some.StartsWith("http ← body: {").And.Contains("\"buildNumber\":100500000"), "the GET answer");
            Assert.That(bodies, Has.Some.EqualTo("http ← body: (none)"), "the 201 has no body");
            Assert.That(bodies, Has.Some.Match(@"^http → body: multipart/form-data, \d+ bytes$"), "the upload as a size");
            Assert.That(bodies, Has.Some.StartsWith("http ← body: {").And.Contains("\"logicalFileName\":\"t.jar\""), "the upload's answer");
            Assert.That(string.Join("\n", debug), Does.Not.Contain(Token).And.Not.Contain(Convert.ToBase64String("sandbox@example.com:sandbox-token"u8.ToArray())));
            Assert.That(string.Join("\n", debug), Does.Not.Contain("atlassian-plugin"), "no file bytes");
        });
    }

    private static VersionCreateRequest Request(Framework framework, JsonObject attributes, long? buildNumber, string? versionNumber) => new()
    {
        BuildNumber = buildNumber,
        VersionNumber = versionNumber,
        Compatibilities = [new Compatibility("jira", 9120000, 10030003)],
        SupportedPaymentModel = PaymentModel.PaidViaAtlassian,
        FrameworkDetails = new FrameworkDetails(framework, attributes),
        LicenseType = new LicenseType("commercial"),
        Supported = true,
        Beta = false,
        AcceptedAgreements = [new AcceptedAgreement("https://www.atlassian.com/licensing/marketplace/partneragreement")],
    };

    private static JsonObject Forge(string versionId) => new()
    {
        ["appId"] = "ari:cloud:ecosystem::app/0b1c2d3e-4f50-4a61-8b72-9c0d1e2f3a4b",
        ["versionId"] = versionId,
        ["envId"] = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c",
        ["scopes"] = new JsonArray("read:jira-work"),
    };

    private static JsonObject SeededVersion(int index) => new()
    {
        ["buildNumber"] = 1000 + index,
        ["versionNumber"] = $"0.0.{index}",
        ["compatibilities"] = new JsonArray(new JsonObject { ["parentSoftwareId"] = "jira", ["minBuildNumber"] = 9120000, ["maxBuildNumber"] = 10030000 }),
        ["supportedPaymentModel"] = "free",
        ["frameworkDetails"] = new JsonObject { ["frameworkId"] = "external", ["attributes"] = new JsonObject { ["authorization"] = false } },
        ["supported"] = true,
        ["beta"] = false,
        ["acceptedAgreements"] = new JsonArray(new JsonObject { ["agreementUrl"] = "https://www.atlassian.com/licensing/marketplace/partneragreement" }),
    };
}
