using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Endpoints;

public sealed class PrivacySecurityEndpointsTests
{
    private const string PublishPath = PresenceSeed.PrivacyPath + "/publish";

    private static JsonObject Answers(bool dataSharing) => new()
    {
        ["commonCloud"] = new JsonObject
        {
            ["thirdPartyInformation"] = new JsonObject
            {
                ["thirdPartyServices"] = new JsonArray("AWS"),
                ["dataSharing"] = dataSharing,
            },
            ["security"] = new JsonObject
            {
                ["securityContact"] = "security@example.com",
                ["publicSecurityPoliciesLink"] = "https://example.com/security",
                ["caiq"] = new JsonObject { ["isCAIQCompleted"] = false },
            },
        },
    };

    private static Task<HttpResponseMessage> PutDraftAsync(SandboxHarness sandbox, JsonObject body) =>
        sandbox.Client.PutAsync(PresenceSeed.PrivacyPath, PresenceSeed.Json(body));

    [Test]
    public async Task A_PUT_writes_the_draft_and_publish_makes_it_live()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.Apps[0].PrivacySecurityLive = Answers(dataSharing: false));

        using var put = await PutDraftAsync(sandbox, Answers(dataSharing: true));
        var liveBefore = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.PrivacyPath + "?state=live");
        var draft = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.PrivacyPath + "?state=draft");
        var byDefault = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.PrivacyPath);
        using var publish = await sandbox.Client.PostAsync(PublishPath, content: null);
        var liveAfter = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.PrivacyPath + "?state=live");
        using var draftAfter = await sandbox.Client.GetAsync(PresenceSeed.PrivacyPath + "?state=draft");

        Assert.Multiple(() =>
        {
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(liveBefore["commonCloud"]!["thirdPartyInformation"]!["dataSharing"]!.GetValue<bool>(), Is.False);
            Assert.That(draft["state"]!.GetValue<string>(), Is.EqualTo("draft"));
            Assert.That(JsonNode.DeepEquals(draft["commonCloud"], Answers(true)["commonCloud"]), Is.True);
            Assert.That(byDefault["state"]!.GetValue<string>(), Is.EqualTo("draft"), "the default is the draft when one exists");
            Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(liveAfter["commonCloud"]!["thirdPartyInformation"]!["dataSharing"]!.GetValue<bool>(), Is.True);
            Assert.That(draftAfter.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(sandbox.Server.State.Presence.PrivacySecurityPublishCount(PresenceSeed.ProductId), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Without_answers_GET_is_404_and_publish_without_a_draft_is_404()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var live = await sandbox.Client.GetAsync(PresenceSeed.PrivacyPath + "?state=live");
        using var byDefault = await sandbox.Client.GetAsync(PresenceSeed.PrivacyPath);
        using var publish = await sandbox.Client.PostAsync(PublishPath, content: null);
        using var delete = await sandbox.Client.DeleteAsync(PresenceSeed.PrivacyPath);
        using var badState = await sandbox.Client.GetAsync(PresenceSeed.PrivacyPath + "?state=published");

        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await PresenceSeed.ErrorAsync(live))["code"]!.GetValue<string>(), Is.EqualTo("NOT_FOUND"));
        Assert.That(byDefault.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(badState.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await PresenceSeed.ErrorAsync(badState))["code"]!.GetValue<string>(), Is.EqualTo("INVALID_PARAMETER"));
    }

    [Test]
    public async Task DELETE_discards_the_draft_and_leaves_live_alone()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed =>
        {
            seed.Apps[0].PrivacySecurityLive = Answers(dataSharing: false);
            seed.Apps[0].PrivacySecurityDraft = Answers(dataSharing: true);
        });

        using var delete = await sandbox.Client.DeleteAsync(PresenceSeed.PrivacyPath);
        var byDefault = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.PrivacyPath);

        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(byDefault["state"]!.GetValue<string>(), Is.EqualTo("live"));
        Assert.That(sandbox.Server.State.Presence.PrivacySecurityDraft(PresenceSeed.ProductId), Is.Null);
    }

    [TestCase("{}", "commonCloud is required")]
    [TestCase("{\"commonCloud\":{}}", "commonCloud must not be empty")]
    [TestCase("{\"commonCloud\":[]}", "commonCloud must be an object")]
    [TestCase("{\"commonCloud\":{\"logDetails\":{}},\"state\":\"live\"}", "Unknown field 'state'")]
    [TestCase("{\"commonCloud\":{\"logDetails\":{\"loggingEnabled\":\"yes\"}}}", "commonCloud.logDetails.loggingEnabled must be true or false")]
    [TestCase("{\"commonCloud\":{\"logDetails\":{\"logRetention\":30}}}", "commonCloud.logDetails.logRetention must be a string")]
    [TestCase("{\"commonCloud\":{\"dataResidency\":{\"dataResidencyRegions\":\"US\"}}}", "commonCloud.dataResidency.dataResidencyRegions must be an array of strings")]
    [TestCase("{\"commonCloud\":{\"privacy\":{\"dataProcessingAgreement\":{\"dpaUrl\":\"dpa.pdf\"}}}}", "commonCloud.privacy.dataProcessingAgreement.dpaUrl must be an absolute http(s) URL")]
    [TestCase("{\"commonCloud\":{\"security\":{\"caiq\":true}}}", "commonCloud.security.caiq must be an object")]
    [TestCase("{\"commonCloud\":{\"dataAcessAndStorage\":{}}}", "Unknown field 'commonCloud.dataAcessAndStorage'")]
    public async Task An_invalid_draft_is_400_VALIDATION_ERROR_and_not_stored(string json, string title)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await PutDraftAsync(sandbox, JsonNode.Parse(json)!.AsObject());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = await PresenceSeed.ErrorAsync(response);
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("VALIDATION_ERROR"));
        Assert.That(error["title"]!.GetValue<string>(), Is.EqualTo(title));
        Assert.That(sandbox.Server.State.Presence.PrivacySecurityDraft(PresenceSeed.ProductId), Is.Null);
    }

    [Test]
    public async Task The_reference_example_is_a_valid_draft()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var example = ReferenceExample();

        using var response = await PutDraftAsync(sandbox, example);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(JsonNode.DeepEquals(sandbox.Server.State.Presence.PrivacySecurityDraft(PresenceSeed.ProductId), example), Is.True);
    }

    /// <summary>The body of the reference's "Create/Update app draft version of privacy and security info".</summary>
    private static JsonObject ReferenceExample() => JsonNode.Parse("""
        {"commonCloud":{"dataAccessAndStorage":{"dataAccess":{"dataAccessDescription":"This app accesses user data to provide core functionality","dataAccessTypes":["USER_PROFILE","CONTENT"],"dataAccessScope":"USER_LEVEL"},"dataStorage":{"dataStorageDescription":"User data is stored securely in our cloud infrastructure","dataRetentionPeriod":"90_DAYS","dataDeletionPolicy":"AUTOMATIC"}},
         "thirdPartyInformation":{"thirdPartyServices":["AWS","Google Analytics"],"dataSharing":false,"dataSharingDescription":"No user data is shared with third parties"},
         "logDetails":{"loggingEnabled":true,"logRetention":"30_DAYS","sensitiveDataLogging":false},
         "dataResidency":{"dataResidencyRegions":["US","EU"],"dataResidencyCompliance":true},
         "dataRetention":{"retentionPeriod":"90_DAYS","deletionProcess":"AUTOMATIC","backupRetention":"30_DAYS"},
         "privacy":{"privacyEnhancingTechniques":{"dataMinimization":true,"anonymization":false,"pseudonymization":true},"gdpr":{"gdprCompliant":true,"dataProcessingBasis":"CONSENT","userRights":["ACCESS","RECTIFICATION","ERASURE"]},"ccpa":{"ccpaCompliant":true,"dataCategories":["PERSONAL","IDENTIFIERS"]},"dataProcessingAgreement":{"dpaAvailable":true,"dpaUrl":"https://example.com/dpa"}},
         "security":{"securityContact":"security@example.com","publicSecurityPoliciesLink":"https://example.com/security","caiq":{"isCAIQCompleted":true,"CAIQLiteLink":"https://example.com/caiq"},"isDiskEncryptionSupported":true,"hasCompliantCertifications":true,"compliantCertifications":["SOC2","ISO27001"]}}}
        """)!.AsObject();
}
