using System.Text.Json.Nodes;
using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Contract;

/// <summary>
/// Issue 12: every request body a publish sends, with every manifest field used, is compared with the field names,
/// types and required fields of the API reference (its Postman collection, read at test time, and v3-facts.md's
/// tables where the collection is silent), so that a new or renamed field cannot drift from the reference unseen.
/// The bodies are taken on the wire, by a recording pass-through between the CLI and the sandbox.
/// </summary>
[TestFixture]
internal sealed class RequestBodyContractTests
{
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
    public async Task Every_body_of_a_plugin_publish_with_every_manifest_field_matches_the_reference()
    {
        using var workspace = ContractManifests.PluginWithEveryField();

        var run = await StageThenPublishAsync(workspace);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var checkedBodies = AssertEveryBodyConforms();
        Assert.That(checkedBodies.Keys, Is.SupersetOf(new[]
        {
            "Create a new app software version (plugin)", "Create app version listing", "Update app version listing",
        }));
        // Every field of the reference's listing body was sent at least once: the manifest exercised them all.
        var listingFields = ApiReference.All("plugin").Single(c => c.Name == "Create app version listing").Fields.Keys;
        var sentListingFields = checkedBodies["Create app version listing"].Concat(checkedBodies["Update app version listing"])
            .SelectMany(body => JsonShape.Fields(body)).Select(f => f.Path).ToHashSet();
        Assert.That(sentListingFields, Is.SupersetOf(listingFields), "a listing field of the reference the manifest cannot set");
        var versionFields = ApiReference.All("plugin").Single(c => c.Name == "Create a new app software version (plugin)").Fields.Keys
            .Where(path => !path.StartsWith("sourceCodeLicense", StringComparison.Ordinal)); // the manifest has no source code licence
        var sentVersionFields = checkedBodies["Create a new app software version (plugin)"].SelectMany(body => JsonShape.Fields(body)).Select(f => f.Path);
        Assert.That(sentVersionFields, Is.SupersetOf(versionFields), "a version field of the reference the manifest cannot set");
    }

    [TestCase("connect")]
    [TestCase("forge")]
    [TestCase("external")]
    public async Task Every_body_of_a_framework_publish_matches_the_reference(string framework)
    {
        using var workspace = FrameworkWorkspaces.Create(framework);

        var run = await StageThenPublishAsync(workspace);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var contract = $"Create a new app software version ({framework})";
        var checkedBodies = AssertEveryBodyConforms();
        Assert.That(checkedBodies.Keys, Is.SupersetOf(new[] { contract, "Create app version listing", "Update app version listing" }));
        // Every attribute of the framework, optional ones included, was sent with its type.
        var sent = checkedBodies[contract].SelectMany(body => JsonShape.Fields(body)).Select(f => f.Path).ToHashSet();
        Assert.That(sent, Is.SupersetOf(ApiReference.FrameworkAttributes(framework).Keys.Select(name => $"frameworkDetails.attributes.{name}")));
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
        var listings = AssertEveryBodyConforms();
        Assert.That(listings["Create app version listing"].Concat(listings["Update app version listing"]).Select(body => body["deploymentInstructions"]), Has.All.Not.Null);
    }

    [Test]
    public void The_framework_attribute_table_agrees_with_the_collection_s_example()
    {
        var example = JsonShape.Fields(ApiReference.ExampleAttributes()).Where(f => !f.Path.Contains('[', StringComparison.Ordinal));

        Assert.That(example, Is.Not.Empty);
        Assert.That(ApiReference.FrameworkAttributes("connect"), Is.SupersetOf(example.Select(f => new KeyValuePair<string, FieldKind>(f.Path, f.Kind))));
    }

    [TestCase("Create app version listing")]
    [TestCase("Update app version listing")]
    [TestCase("Fetch and store an artifact from external URL")]
    public void The_reference_s_own_examples_conform_to_their_contracts(string name)
    {
        var contract = ApiReference.All("plugin").Single(c => c.Name == name);

        Assert.That(contract.Violations(ApiReference.Example(name)), Is.Empty);
    }

    [TestCase("""{"state":"PRIVATE","deploymentInstructions":[{"body":"Install","screenshot":{}}]}""", "'deploymentInstructions[].screenshot.imageId' is required", TestName = "Contract check: an empty screenshot object")]
    [TestCase("""{"state":"PRIVATE","highlights":[{"title":"Fast"}]}""", "'highlights[].screenshot' is required", TestName = "Contract check: a highlight without a screenshot")]
    [TestCase("""{"moreDetails":"x"}""", "'state' is required", TestName = "Contract check: a listing without state")]
    [TestCase("""{"state":"PRIVATE","developerLinks":{"bonTermsSupported":"true"}}""", "'developerLinks.bonTermsSupported' is sent as String, the reference types it Boolean", TestName = "Contract check: a boolean sent as text")]
    [TestCase("""{"state":"PRIVATE","screenshot":[]}""", "'screenshot' is not a field of the reference's body", TestName = "Contract check: a misspelt field")]
    public void The_contract_check_finds_what_the_reference_would_refuse(string body, string expected)
    {
        var contract = ApiReference.All("plugin").Single(c => c.Name == "Create app version listing");

        Assert.That(contract.Violations(JsonNode.Parse(body)), Has.Some.Contains(expected));
    }

    [TestCase("connect", """{"frameworkId":"connect","attributes":{"descriptorId":"d","scopes":"READ WRITE"}}""", "'frameworkDetails.attributes.scopes' is sent as String, the reference types it Array", TestName = "Contract check: connect scopes as one string")]
    [TestCase("external", """{"frameworkId":"external","attributes":{"authorization":"true"}}""", "'frameworkDetails.attributes.authorization' is sent as String, the reference types it Boolean", TestName = "Contract check: external authorization as text")]
    [TestCase("forge", """{"frameworkId":"forge","attributes":{"appId":"a","versionId":"v","scopes":[]}}""", "'frameworkDetails.attributes.envId' is required", TestName = "Contract check: forge without envId")]
    public void The_contract_check_finds_mistyped_framework_attributes(string framework, string frameworkDetails, string expected)
    {
        var contract = ApiReference.All(framework).First();
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

        Assert.That(contract.Violations(body), Has.Some.Contains(expected));
    }

    [Test]
    public void The_contract_check_refuses_a_build_number_the_server_generates()
    {
        var contract = ApiReference.All("connect").First();

        Assert.That(contract.Violations(JsonNode.Parse("""{"buildNumber":7}""")), Has.Some.Contains("'buildNumber' is sent but the reference has the server generate it"));
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

    /// <summary>Checks every mutation sent; returns the JSON bodies by the contract they were held to.</summary>
    private Dictionary<string, List<JsonNode>> AssertEveryBodyConforms()
    {
        var violations = new List<string>();
        var bodies = new Dictionary<string, List<JsonNode>>(StringComparer.Ordinal);
        foreach (var request in proxy.Sent.Where(r => r.Method is "POST" or "PUT" or "PATCH"))
        {
            if (ApiReference.IsUpload(request))
            {
                if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.Ordinal) != true
                    || !request.Body.Contains("name=file", StringComparison.Ordinal) && !request.Body.Contains("name=\"file\"", StringComparison.Ordinal))
                {
                    violations.Add($"{request.Method} {request.Path}: not multipart/form-data with a part named file ({request.ContentType})");
                }

                continue;
            }

            var body = JsonNode.Parse(request.Body);
            var contract = ApiReference.For(request, body);
            if (contract is null)
            {
                violations.Add($"{request.Method} {request.Path}: no contract for this request; add its body from the reference to ApiReference");
                continue;
            }

            violations.AddRange(contract.Violations(body));
            if (!bodies.TryGetValue(contract.Name, out var list))
            {
                bodies[contract.Name] = list = [];
            }

            list.Add(body!);
        }

        Assert.That(violations, Is.Empty, string.Join("\n", violations));
        return bodies;
    }
}
