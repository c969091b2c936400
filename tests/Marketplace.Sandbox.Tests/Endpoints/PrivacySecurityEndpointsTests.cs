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
                ["isEndUserDataShared"] = dataSharing,
                ["thirdPartyDetails"] = new JsonArray(),
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
            Assert.That(liveBefore["commonCloud"]!["thirdPartyInformation"]!["isEndUserDataShared"]!.GetValue<bool>(), Is.False);
            Assert.That(draft["state"]!.GetValue<string>(), Is.EqualTo("draft"));
            Assert.That(JsonNode.DeepEquals(WithoutProperties(draft["commonCloud"]), Answers(true)["commonCloud"]), Is.True);
            Assert.That(byDefault["state"]!.GetValue<string>(), Is.EqualTo("draft"), "the default is the draft when one exists");
            Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(liveAfter["commonCloud"]!["thirdPartyInformation"]!["isEndUserDataShared"]!.GetValue<bool>(), Is.True);
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
    [TestCase("{\"commonCloud\":[]}", "Invalid value for commonCloud: [] is not of type \"object\"")]
    [TestCase("{\"commonCloud\":{\"logDetails\":{}},\"state\":\"live\"}", "Unknown field 'state'")]
    [TestCase("{\"commonCloud\":{\"logDetails\":{\"logEndUserData\":\"yes\"}}}", "Invalid value for commonCloud.logDetails.logEndUserData: \"yes\" is not of type \"boolean\"")]
    [TestCase("{\"commonCloud\":{\"security\":{\"permissionsJustification\":30}}}", "Invalid value for commonCloud.security.permissionsJustification: 30 is not of type [\"string\",\"null\"]")]
    [TestCase("{\"commonCloud\":{\"dataResidency\":{\"countriesWhereEndUserDataStored\":\"US\"}}}", "Invalid value for commonCloud.dataResidency.countriesWhereEndUserDataStored: \"US\" is not of type \"array\"")]
    [TestCase("{\"commonCloud\":{\"privacy\":{\"dataProcessingAgreement\":{\"link\":\"dpa.pdf\"}}}}", "commonCloud.privacy.dataProcessingAgreement.link must be an absolute http(s) URL")]
    [TestCase("{\"commonCloud\":{\"privacy\":{\"dataProcessingAgreement\":{\"isDPASupported\":\"MAYBE\"}}}}", "Invalid value for commonCloud.privacy.dataProcessingAgreement.isDPASupported: \"MAYBE\" is not one of [true,false,\"NOT_APPLICABLE\"]")]
    [TestCase("{\"commonCloud\":{\"dataRetention\":{\"retentionDurationInDays\":{\"min\":\"30\"}}}}", "Invalid value for commonCloud.dataRetention.retentionDurationInDays.min: \"30\" is not of type \"integer\"")]
    [TestCase("{\"commonCloud\":{\"llmModels\":\"gpt\"}}", "Invalid value for commonCloud.llmModels: \"gpt\" is not of type [\"array\",\"null\"]")]
    [TestCase("{\"commonCloud\":{\"logDetails\":{\"loggingEnabled\":true}}}", "Unknown field 'commonCloud.logDetails.loggingEnabled'")]
    [TestCase("{\"commonCloud\":{\"properties\":{\"formStatus\":\"APPROVED\"}}}", "Unknown field 'commonCloud.properties'")]
    [TestCase("{\"commonCloud\":{\"security\":{\"caiq\":true}}}", "Invalid value for commonCloud.security.caiq: true is not of type \"object\"")]
    [TestCase("{\"commonCloud\":{\"dataAcessAndStorage\":{}}}", "Unknown field 'commonCloud.dataAcessAndStorage'")]
    [TestCase("{\"commonCloud\":{\"privacy\":{\"dataProcessingAgreement\":{\"isDPASupported\":\"TRUE\"}}}}", "Invalid value for commonCloud.privacy.dataProcessingAgreement.isDPASupported: \"TRUE\" is not one of [true,false,\"NOT_APPLICABLE\"]")]
    [TestCase("{\"commonCloud\":{\"logDetails\":{\"logEndUserData\":null}}}", "Invalid value for commonCloud.logDetails.logEndUserData: null is not of type \"boolean\"")]
    [TestCase("{\"commonCloud\":{\"thirdPartyInformation\":{\"dataSubProcessors\":\"our sub-processors\"}}}", "commonCloud.thirdPartyInformation.dataSubProcessors must be an absolute http(s) URL")]
    [TestCase("{\"commonCloud\":{\"thirdPartyInformation\":{\"thirdPartyDetails\":[{\"name\":\"Mailer\",\"link\":\"mailer.example.com\"}]}}}", "commonCloud.thirdPartyInformation.thirdPartyDetails[0].link must be an absolute http(s) URL")]
    [TestCase("{\"commonCloud\":{\"dataRetention\":{\"isRetentionIndefinite\":false}}}", "Unknown field 'commonCloud.dataRetention.isRetentionIndefinite'")]
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

    [Test]
    public async Task The_Postman_collection_example_is_refused_as_no_schema_of_the_api_has_it()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await PutDraftAsync(sandbox, PostmanExample());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await PresenceSeed.ErrorAsync(response))["title"]!.GetValue<string>(), Is.EqualTo("Unknown field 'commonCloud.dataAccessAndStorage.dataAccess'"));
        Assert.That(sandbox.Server.State.Presence.PrivacySecurityDraft(PresenceSeed.ProductId), Is.Null);
    }

    [Test]
    public async Task The_GET_carries_the_read_only_properties_of_each_version()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.Apps[0].PrivacySecurityLive = Answers(dataSharing: false));

        using var put = await PutDraftAsync(sandbox, Answers(dataSharing: true));
        var draft = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.PrivacyPath + "?state=draft");
        var seededLive = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.PrivacyPath + "?state=live");
        using var publish = await sandbox.Client.PostAsync(PublishPath, content: null);
        var published = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.PrivacyPath + "?state=live");

        Assert.Multiple(() =>
        {
            var draftProperties = draft["commonCloud"]!["properties"]!;
            Assert.That(draftProperties["formStatus"]!.GetValue<string>(), Is.EqualTo("DRAFT"));
            Assert.That(draftProperties["updatedBy"]!.GetValue<string>(), Is.Not.Empty.And.Not.EqualTo("seed"));
            Assert.That(draftProperties["jiraIssueLinks"], Is.InstanceOf<JsonArray>());
            Assert.That(seededLive["commonCloud"]!["properties"]!["updatedBy"]!.GetValue<string>(), Is.EqualTo("seed"));
            Assert.That(seededLive["commonCloud"]!["properties"]!["updatedAt"]!.GetValue<long>(), Is.Zero);
            Assert.That(published["commonCloud"]!["properties"]!["formStatus"]!.GetValue<string>(), Is.EqualTo("APPROVED"));
            Assert.That(sandbox.Server.State.Presence.PrivacySecurityLive(PresenceSeed.ProductId)!["commonCloud"]!["properties"], Is.Null, "properties are the GET's, not stored answers");
        });
    }

    private static JsonNode? WithoutProperties(JsonNode? commonCloud)
    {
        var copy = commonCloud!.DeepClone().AsObject();
        copy.Remove("properties");
        return copy;
    }

    /// <summary>
    /// The body of the OpenAPI's "Create/Update app draft version of privacy and security info" example, made valid
    /// against its schema (AppTrustInformation). The example itself is not: its examples contradict its schemas
    /// (<c>"TRUE"</c>/<c>"FALSE"</c> where the schema takes <c>true | false | "NOT_APPLICABLE"</c>, <c>null</c> for
    /// answers the schema does not let be null), and the schema outranks the example.
    /// </summary>
    private static JsonObject ReferenceExample() => JsonNode.Parse("""
        {"commonCloud":{"dataAccessAndStorage":{"typesOfDataAccessed":["USER_PROFILE","CONTENT"],"typesOfDataStored":["USER_PROFILE"],"isSameDataProcessedAndStored":true,"appProcessEUDOutsideAtlassian":false,"appStoresEUDOutsideAtlassian":false,"appExposesRemoteRestApis":false,"remoteRestApisAdditionalDetails":null},
         "thirdPartyInformation":{"isEndUserDataShared":true,"dataSubProcessors":"https://example.com/sub-processors","thirdPartyDetails":[{"name":"Mailer","link":"https://mailer.example.com","purpose":"Sends notification e-mails","thirdPartyCountries":["US"]}]},
         "logDetails":{"logEndUserData":false,"logProcessAndOrStoreEUDOutsideAtlassian":false,"logEUDShareWithThirdParty":false,"logsIntegralForAppFunctionality":false},
         "dataResidency":{"isDataResidencySupported":"STORED_IN_ATLASSIAN_AND_DR_SUPPORTED","countriesWhereEndUserDataStored":["US","EU"],"realmMigrationSupported":true,"inScopeDataTypes":["USER_PROFILE"],"outOfScopeDataTypes":["CONTENT"]},
         "dataRetention":{"isDataRetentionSupported":true,"retentionDurationInDays":{"min":30,"max":90},"isCustomRetentionPeriodAllowed":false,"isRetentionDurationIndefinite":false},
         "privacy":{"privacyEnhancingTechniques":{"arePrivacyEnhancingTechniquesSupported":true,"privacyEnhancingTechniquesSupported":["anonymization"]},
           "gdpr":{"dataController":{"isAppDataController":false},"dataProcessor":{"isAppDataProcessor":true,"endUserDataTypes":["USER_PROFILE"]},"dataTransfer":{"isEndUserDataTransferredOutsideEEA":false}},
           "ccpa":{"business":{"isAppBusiness":"NOT_APPLICABLE"},"serviceProvider":{"isAppServiceProvider":false}},
           "dataProcessingAgreement":{"isDPASupported":true,"link":"https://example.com/dpa"}},
         "security":{"securityContact":"security@example.com","publicSecurityPoliciesLink":"https://example.com/security","caiq":{"isCAIQCompleted":true,"CAIQLiteLink":"https://example.com/caiq"},"isDiskEncryptionSupported":true,"hasCompliantCertifications":true,"compliantCertifications":["SOC2","ISO27001"],"requiresUsersToProvidePATs":false,"permissionsJustification":"Our app requires read access to issues to sync them with external project management tools."},
         "hasRestAPIExtension":false,"llmModels":null}}
        """)!.AsObject();

    /// <summary>The Postman collection's example body for the same request, which matches no schema of the OpenAPI.</summary>
    private static JsonObject PostmanExample() => JsonNode.Parse("""
        {"commonCloud":{"dataAccessAndStorage":{"dataAccess":{"dataAccessDescription":"This app accesses user data to provide core functionality","dataAccessTypes":["USER_PROFILE","CONTENT"],"dataAccessScope":"USER_LEVEL"}},
         "logDetails":{"loggingEnabled":true,"logRetention":"30_DAYS","sensitiveDataLogging":false}}}
        """)!.AsObject();
}
