using System.Text.Json.Nodes;
using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox.Contract;

namespace Marketplace.Release.Cli.Tests.Contract;

/// <summary>
/// Issues 12 and 18: every request a publish sends, with every manifest field used, is held to the contract
/// (docs/contract/marketplace-v3.openapi.json, the official OpenAPI's subset): its method and path must be described
/// and its body valid against the request schema, so that a new or renamed field cannot drift from the reference
/// unseen. The bodies are taken on the wire, by a recording pass-through between the CLI and the sandbox.
/// </summary>
[TestFixture]
internal sealed class RequestBodyContractTests
{
    private const string VersionCreate = "POST /rest/3/app-software/{appSoftwareId}/versions";
    private const string ListingCreate = "POST /rest/3/app-software/{appSoftwareId}/versions/{buildNumber}/listing";
    private const string ListingUpdate = "PUT /rest/3/app-software/{appSoftwareId}/versions/{buildNumber}/listing";

    private static readonly Dictionary<string, string> AttributeSchemas = new(StringComparer.Ordinal)
    {
        ["connect"] = "ConnectFrameworkAttributes",
        ["forge"] = "ForgeFrameworkAttributes",
        ["external"] = "ExternalFrameworkAttributes",
        ["plugin"] = "PluginsFrameworkAttributes",
    };

    private SandboxHost sandbox = null!;
    private RecordingProxy proxy = null!;

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await SandboxHost.StartAsync();
        proxy = await RecordingProxy.StartAsync(sandbox.Server.BaseUrl);
    }

    [TearDown]
    public async Task TearDown()
    {
        await proxy.DisposeAsync();
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task Every_body_of_a_plugin_publish_with_every_manifest_field_matches_the_contract()
    {
        using var workspace = ContractManifests.PluginWithEveryField();

        var run = await StageThenPublishAsync(workspace);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var bodies = AssertEveryRequestConforms();
        Assert.That(bodies.Keys, Is.SupersetOf(new[] { VersionCreate, ListingCreate, ListingUpdate }));
        // Every field of the contract's listing body was sent at least once: the manifest exercises them all.
        var sentListingFields = bodies[ListingCreate].Concat(bodies[ListingUpdate]).SelectMany(Names).ToHashSet();
        Assert.That(sentListingFields, Is.SupersetOf(MarketplaceContract.Properties("CreateAppSoftwareVersionListingV3Request")), "a listing field of the contract the manifest cannot set");
        // The version fields the manifest can set: all but the source licence (no manifest field) and editions.
        var sentVersionFields = bodies[VersionCreate].SelectMany(Names).ToHashSet();
        Assert.That(sentVersionFields, Is.SupersetOf(MarketplaceContract.Properties("AppSoftwareVersionCreateRequest").Except(["sourceCodeLicense", "editionsEnabled"])),
            "a version field of the contract the manifest cannot set");
    }

    [TestCase("connect")]
    [TestCase("forge")]
    [TestCase("external")]
    public async Task Every_body_of_a_framework_publish_matches_the_contract(string framework)
    {
        using var workspace = FrameworkWorkspaces.Create(framework);

        var run = await StageThenPublishAsync(workspace);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var bodies = AssertEveryRequestConforms();
        Assert.That(bodies.Keys, Is.SupersetOf(new[] { VersionCreate, ListingCreate, ListingUpdate }));
        // Every attribute of the framework, optional ones included, was sent.
        var sent = bodies[VersionCreate].SelectMany(body => Names(body["frameworkDetails"]!["attributes"])).ToHashSet();
        Assert.That(sent, Is.SupersetOf(MarketplaceContract.Properties(AttributeSchemas[framework])));
    }

    [Test]
    public async Task An_inherited_listing_and_its_publish_send_no_empty_screenshot()
    {
        await sandbox.DisposeAsync();
        // The previous listing has an instruction without a screenshot: its GET shows "screenshot": {}.
        sandbox = await SandboxHost.StartAsync(seed => seed.Apps[0].Software.Single(s => s.Hosting == "datacenter").Versions[0].Listing!["deploymentInstructions"] =
            new JsonArray(new JsonObject { ["body"] = "Install it from the Marketplace" }));
        await proxy.DisposeAsync();
        proxy = await RecordingProxy.StartAsync(sandbox.Server.BaseUrl);
        using var workspace = WorkspaceBuilder.Create().WithExample();

        var run = await StageThenPublishAsync(workspace);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var listings = AssertEveryRequestConforms();
        Assert.That(listings[ListingCreate].Concat(listings[ListingUpdate]).Select(body => body["deploymentInstructions"]), Has.All.Not.Null);
    }

    [TestCase("""{"state":"PRIVATE","deploymentInstructions":[{"body":"Install","screenshot":{}}]}""", "deploymentInstructions[0].screenshot.imageId is required", TestName = "Contract check: an empty screenshot object")]
    [TestCase("""{"state":"PRIVATE","highlights":[{"title":"Fast"}]}""", "highlights[0].screenshot is required", TestName = "Contract check: a highlight without a screenshot")]
    [TestCase("""{"moreDetails":"x"}""", "state is required", TestName = "Contract check: a listing without state")]
    [TestCase("""{"state":"PRIVATE","developerLinks":{"bonTermsSupported":"true"}}""", "Invalid value for developerLinks.bonTermsSupported", TestName = "Contract check: a boolean sent as text")]
    [TestCase("""{"state":"PRIVATE","screenshot":[]}""", "Unknown field 'screenshot'", TestName = "Contract check: a misspelt field")]
    public void The_contract_check_finds_what_the_reference_would_refuse(string body, string expected)
    {
        var check = MarketplaceContract.Check("POST", "/rest/3/app-software/a/versions/1/listing", "application/json", body);

        Assert.That(check.Verdict, Is.EqualTo(ContractVerdict.Violates));
        Assert.That(check.Violations, Has.Some.Contains(expected));
    }

    [TestCase("""{"frameworkId":"connect","attributes":{"descriptorId":"d","scopes":"READ WRITE"}}""", "Invalid value for frameworkDetails.attributes.scopes", TestName = "Contract check: connect scopes as one string")]
    [TestCase("""{"frameworkId":"external","attributes":{"authorization":"true"}}""", "Invalid value for frameworkDetails.attributes.authorization", TestName = "Contract check: external authorization as text")]
    [TestCase("""{"frameworkId":"forge","attributes":{"appId":"a","versionId":"v","scopes":[]}}""", "frameworkDetails.attributes.envId is required", TestName = "Contract check: forge without envId")]
    public void The_contract_check_finds_mistyped_framework_attributes(string frameworkDetails, string expected)
    {
        var body = new JsonObject
        {
            ["versionNumber"] = "1.4.0",
            ["compatibilities"] = new JsonArray(new JsonObject { ["parentSoftwareId"] = "jira", ["minBuildNumber"] = 1, ["maxBuildNumber"] = 2 }),
            ["supportedPaymentModel"] = "free",
            ["frameworkDetails"] = JsonNode.Parse(frameworkDetails),
            ["supported"] = true,
            ["beta"] = false,
            ["acceptedAgreements"] = new JsonArray(new JsonObject { ["agreementUrl"] = "https://example.com" }),
        };

        var check = MarketplaceContract.Check("POST", "/rest/3/app-software/a/versions", "application/json", body.ToJsonString());

        Assert.That(check.Violations, Has.Some.Contains(expected));
    }

    [Test]
    public void A_call_the_contract_does_not_describe_is_reported()
    {
        Assert.That(MarketplaceContract.Check("DELETE", "/rest/3/app-software/a/versions/1", null, null).Verdict, Is.EqualTo(ContractVerdict.Undescribed));
    }

    /// <summary>
    /// A publish of a listing staged first (<c>state: private</c>, then the manifest as written): a first publish
    /// creates its listing PUBLIC in the POST, so only a staged listing's publish sends the listing PUT too.
    /// </summary>
    private async Task<CliRun> StageThenPublishAsync(WorkspaceBuilder workspace)
    {
        var manifest = File.ReadAllText(workspace.ManifestPath);
        Assert.That(manifest, Does.Contain("state: public"));
        workspace.WithManifest(manifest.Replace("state: public", "state: private", StringComparison.Ordinal));
        var staged = await PublishAsync(workspace);
        Assert.That(staged.ExitCode, Is.Zero, staged.ToString());
        workspace.WithManifest(manifest);
        return await PublishAsync(workspace);
    }

    private Task<CliRun> PublishAsync(WorkspaceBuilder workspace) =>
        CliRunner.RunAsync(sandbox, workspace, ["publish"], new Dictionary<string, string?> { ["MARKETPLACE_BASE_URL"] = proxy.BaseUrl.ToString() });

    private static IEnumerable<string> Names(JsonNode? body) => body is JsonObject obj ? obj.Select(property => property.Key) : [];

    /// <summary>Holds every request sent to the contract; returns the JSON bodies by the operation they were held to.</summary>
    private Dictionary<string, List<JsonNode>> AssertEveryRequestConforms()
    {
        var violations = new List<string>();
        var bodies = new Dictionary<string, List<JsonNode>>(StringComparer.Ordinal);
        foreach (var request in proxy.Sent)
        {
            var path = "/" + request.Path.Split('?')[0];
            var mediaType = request.ContentType?.Split(';')[0].Trim();
            var check = MarketplaceContract.Check(request.Method, path, request.Method is "GET" or "DELETE" ? null : mediaType, request.Body);
            if (check.Verdict is ContractVerdict.Violates or ContractVerdict.Undescribed)
            {
                violations.Add($"{request.Method} {path}: {string.Join("; ", check.Violations)}");
            }

            if (check.Verdict == ContractVerdict.Conforms && mediaType?.Contains("json", StringComparison.Ordinal) == true)
            {
                if (!bodies.TryGetValue(check.Operation, out var list))
                {
                    bodies[check.Operation] = list = [];
                }

                list.Add(JsonNode.Parse(request.Body)!);
            }
        }

        Assert.That(violations, Is.Empty, string.Join("\n", violations));
        return bodies;
    }
}
