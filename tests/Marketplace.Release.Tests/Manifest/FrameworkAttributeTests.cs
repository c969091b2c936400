using System.Text.Json.Nodes;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>
/// docs/manifest.md: <c>version.frameworkAttributes</c> keeps YAML types, each framework's attributes are checked offline
/// (names and types from docs/marketplace-api.md § Versions), and connect/forge refuse <c>version.build</c>.
/// Lines 1-5 of every manifest here are the same; the version section starts on line 5.
/// </summary>
public sealed class FrameworkAttributeTests
{
    /// <summary>
    /// Line 6 is the version number (connect: a neutral key, the Marketplace assigns its number); line 7 is
    /// <paramref name="line7"/> (a build, or a neutral key); the attributes start on line 14.
    /// </summary>
    internal static string Manifest(string framework, string attributes, string line7 = "  beta: false") => $"""
        schema: 1
        app:
          key: com.example.timesheets
          hosting: cloud
        version:
        {(framework == "connect" ? "  supported: true" : "  number: 1.4.0")}
        {line7}
          framework: {framework}
          compatibility:
            - product: jira
              minBuild: 1
              maxBuild: 2
          paymentModel: free
        {attributes}
        """;

    [Test]
    public void Connect_scopes_are_a_json_array_and_the_build_is_assigned_by_the_marketplace()
    {
        using var workspace = Workspace(Manifest("connect", "  artifactUrl: https://example.com/atlassian-connect.json\n  frameworkAttributes:\n    scopes: [READ, WRITE]\n"));

        var version = Load(workspace).Version;

        Assert.Multiple(() =>
        {
            Assert.That(version.FrameworkAttributesJson().ToJsonString(), Is.EqualTo("""{"scopes":["READ","WRITE"]}"""));
            Assert.That(version.FrameworkAttributeValues["scopes"].List, Is.EqualTo(new[] { "READ", "WRITE" }));
            Assert.That(version.BuildAssignedByMarketplace, Is.True);
            Assert.That(version.BuildNumber, Is.Zero);
        });
    }

    [Test]
    public void Forge_attributes_keep_their_types_and_interpolate()
    {
        using var workspace = Workspace(Manifest("forge", """
              frameworkAttributes:
                appId: ari:cloud:ecosystem::app/123
                versionId: ${FORGE_VERSION}
                envId: "e-1"
                scopes:
                  - read:jira-work
                  - write:jira-work
                appAccess: []

            """));

        var version = Load(workspace, Environment(("FORGE_VERSION", "v-9"))).Version;

        Assert.That(version.FrameworkAttributesJson().ToJsonString(), Is.EqualTo(
            """{"appId":"ari:cloud:ecosystem::app/123","versionId":"v-9","envId":"e-1","scopes":["read:jira-work","write:jira-work"],"appAccess":[]}"""));
    }

    [Test]
    public void External_authorization_is_a_json_boolean_and_the_manifest_build_is_kept()
    {
        using var workspace = Workspace(Manifest("external", "  frameworkAttributes:\n    authorization: true\n    binaryUrl: https://example.com/app.zip\n", "  build: 42"));

        var version = Load(workspace).Version;

        Assert.Multiple(() =>
        {
            Assert.That(version.FrameworkAttributesJson()["authorization"]!.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.True));
            Assert.That(version.FrameworkAttributesJson().ToJsonString(), Is.EqualTo("""{"authorization":true,"binaryUrl":"https://example.com/app.zip"}"""));
            Assert.That(version.BuildAssignedByMarketplace, Is.False);
            Assert.That(version.BuildNumber, Is.EqualTo(42));
        });
    }

    [Test]
    public void The_json_is_a_fresh_object_each_time_so_the_engine_can_add_to_it()
    {
        using var workspace = Workspace(Manifest("external", "  frameworkAttributes:\n    authorization: false\n", "  build: 42"));
        var version = Load(workspace).Version;

        var first = version.FrameworkAttributesJson();
        first["binaryUrl"] = "https://example.com/changed";

        Assert.That(version.FrameworkAttributesJson().ToJsonString(), Is.EqualTo("""{"authorization":false}"""));
        Assert.That(new JsonObject { ["attributes"] = version.FrameworkAttributesJson() }.ToJsonString(), Does.Contain("\"authorization\":false"));
    }

    [TestCase("connect", "  frameworkAttributes:\n    scopes: READ WRITE\n", "marketplace-release.yml:15:13: version.frameworkAttributes.scopes must be a list for framework connect, not a single value; write it like scopes: [READ, WRITE]")]
    [TestCase("connect", "  frameworkAttributes:\n    descriptorId: x\n", "marketplace-release.yml:14:3: framework connect needs version.frameworkAttributes.scopes (a list); add scopes: [READ, WRITE] below frameworkAttributes")]
    [TestCase("connect", "", "marketplace-release.yml:5:1: framework connect needs version.frameworkAttributes.scopes (a list); add frameworkAttributes: with scopes: [READ, WRITE] below it")]
    [TestCase("forge", "  frameworkAttributes:\n    appId: a\n    versionId: [v]\n    envId: e\n    scopes: [s]\n", "marketplace-release.yml:16:16: version.frameworkAttributes.versionId must be a single text value for framework forge, not a list")]
    [TestCase("forge", "  frameworkAttributes:\n    appId: a\n    versionId: v\n    scopes: [s]\n", "marketplace-release.yml:14:3: framework forge needs version.frameworkAttributes.envId (a text value); add envId: <value> below frameworkAttributes")]
    [TestCase("forge", "  frameworkAttributes:\n    appId: a\n    versionId: v\n    envId: e\n    scopes: [s]\n    appAccess: all\n", "marketplace-release.yml:19:16: version.frameworkAttributes.appAccess must be a list for framework forge, not a single value; write it like appAccess: [value]")]
    [TestCase("forge", "  frameworkAttributes:\n    appId: a\n    versionId: v\n    envId: e\n    scopes: [s]\n    appID: x\n", "marketplace-release.yml:19:5: version.frameworkAttributes.appID is not an attribute of framework forge; did you mean 'appId'?")]
    [TestCase("external", "  frameworkAttributes:\n    authorization: \"true\"\n", "marketplace-release.yml:15:20: version.frameworkAttributes.authorization must be true or false (unquoted) for framework external, not the text 'true'")]
    [TestCase("external", "  frameworkAttributes:\n    binaryUrl: https://example.com/x\n", "marketplace-release.yml:14:3: framework external needs version.frameworkAttributes.authorization (true or false); add authorization: <true or false> below frameworkAttributes")]
    [TestCase("external", "  frameworkAttributes:\n    authorization: false\n    binaryUrl: somewhere\n", "marketplace-release.yml:16:16: version.frameworkAttributes.binaryUrl 'somewhere' is not a web address; give a full URL starting with https://")]
    [TestCase("forge", "  frameworkAttributes:\n    appId: a\n    versionId: v\n    envId: e\n    scopes: [[s]]\n", "marketplace-release.yml:18:14: version.frameworkAttributes.scopes[0] must be a single value, not a list")]
    public void A_wrong_type_or_a_missing_attribute_is_an_error_at_its_position(string framework, string attributes, string expected)
    {
        var manifest = framework == "external" ? Manifest(framework, attributes, "  build: 42") : Manifest(framework, attributes);

        Assert.That(SingleError(manifest), Is.EqualTo(expected));
    }

    [TestCase("connect")]
    [TestCase("forge")]
    public void A_build_is_refused_where_the_marketplace_assigns_it(string framework)
    {
        var attributes = framework == "connect"
            ? "  frameworkAttributes:\n    scopes: [READ]\n"
            : "  frameworkAttributes:\n    appId: a\n    versionId: v\n    envId: e\n    scopes: [s]\n";

        Assert.That(SingleError(Manifest(framework, attributes, "  build: from-version")), Is.EqualTo(
            $"marketplace-release.yml:7:3: version.build is assigned by the Marketplace for framework {framework} (taken from the created version); remove build"));
    }

    [Test]
    public void A_version_number_is_refused_for_connect_whose_number_the_marketplace_assigns()
    {
        var manifest = Manifest("connect", "  artifactUrl: https://example.com/atlassian-connect.json\n  frameworkAttributes:\n    scopes: [READ]\n").Replace("  supported: true\n", "  number: 2.0.0\n", StringComparison.Ordinal);

        Assert.That(SingleError(manifest), Is.EqualTo(
            "marketplace-release.yml:6:3: version.number: the Marketplace assigns connect's version number (taken from the created version, like its build number); remove number"));
    }

    [Test]
    public void A_connect_plan_has_no_version_number_and_a_release_notes_file_is_refused()
    {
        using var workspace = Workspace(Manifest("connect", "  artifactUrl: https://example.com/atlassian-connect.json\n  frameworkAttributes:\n    scopes: [READ]\n"));
        Assert.That(Load(workspace).Version.Number, Is.Null);

        Assert.That(SingleError(Manifest("connect", "  artifactUrl: https://example.com/atlassian-connect.json\n  frameworkAttributes:\n    scopes: [READ]\n", "  releaseNotesFile: CHANGELOG.md")), Does.StartWith(
            "marketplace-release.yml:7:3: version.releaseNotesFile finds the section of version.number, and connect has none (the Marketplace assigns it); give the notes as version.releaseNotes instead"));
    }
}
