using Marketplace.Release.Tests.Fixtures;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>
/// <c>privacySecurity.file</c> holds the API's <c>commonCloud</c> answers (the OpenAPI's vocabulary): every name at any
/// depth, type and choice is checked offline, each problem at the privacy file's own line and column.
/// </summary>
public sealed class PrivacyFileTests
{
    private const string DeveloperId = "87654321-4321-4321-4321-210987654321";

    private static WorkspaceBuilder WithPrivacyFile(string privacyFile, string name = "privacy-and-security.yml") =>
        Workspace(MinimalManifest.Replace("  hosting: datacenter\n", $"  hosting: datacenter\n  developerId: {DeveloperId}\n", StringComparison.Ordinal)
            + $"privacySecurity:\n  file: {name}\n").WithFile(name, privacyFile);

    private static List<string> ErrorsOf(string privacyFile, string name = "privacy-and-security.yml")
    {
        using var workspace = WithPrivacyFile(privacyFile, name);
        return Errors(workspace);
    }

    [Test]
    public void A_file_in_the_contract_s_schema_is_taken()
    {
        using var workspace = WithPrivacyFile("""
            dataAccessAndStorage:
              typesOfDataAccessed: [USER_PROFILE, CONTENT]
              typesOfDataStored: [USER_PROFILE]
              isSameDataProcessedAndStored: true
              appProcessEUDOutsideAtlassian: false
              appStoresEUDOutsideAtlassian: false
              appExposesRemoteRestApis: false
              remoteRestApisAdditionalDetails: null
            thirdPartyInformation:
              isEndUserDataShared: true
              dataSubProcessors: https://example.com/sub-processors
              thirdPartyDetails:
                - {name: Mailer, link: "https://mailer.example.com", purpose: Sends notification e-mails, thirdPartyCountries: [US]}
            logDetails:
              logEndUserData: false
              logProcessAndOrStoreEUDOutsideAtlassian: false
              logEUDShareWithThirdParty: false
              logsIntegralForAppFunctionality: false
            dataResidency:
              isDataResidencySupported: STORED_IN_ATLASSIAN_AND_DR_SUPPORTED
              countriesWhereEndUserDataStored: [US, EU]
              realmMigrationSupported: true
              inScopeDataTypes: [USER_PROFILE]
              outOfScopeDataTypes: [CONTENT]
            dataRetention:
              isDataRetentionSupported: true
              retentionDurationInDays: {min: 30, max: 90}
              isCustomRetentionPeriodAllowed: false
              isRetentionDurationIndefinite: false
            privacy:
              privacyEnhancingTechniques: {arePrivacyEnhancingTechniquesSupported: true, privacyEnhancingTechniquesSupported: [anonymization]}
              gdpr:
                dataController: {isAppDataController: false}
                dataProcessor: {isAppDataProcessor: true, endUserDataTypes: [USER_PROFILE]}
                dataTransfer: {isEndUserDataTransferredOutsideEEA: false}
              ccpa:
                business: {isAppBusiness: NOT_APPLICABLE}
                serviceProvider: {isAppServiceProvider: false}
              dataProcessingAgreement: {isDPASupported: true, link: https://example.com/dpa}
            security:
              securityContact: security@example.com
              publicSecurityPoliciesLink: https://example.com/security
              caiq: {isCAIQCompleted: true, CAIQLiteLink: https://example.com/caiq}
              isDiskEncryptionSupported: true
              hasCompliantCertifications: true
              compliantCertifications: [SOC2, ISO27001]
              requiresUsersToProvidePATs: false
              permissionsJustification: Our app reads issues to sync them.
            hasRestAPIExtension: false
            llmModels: null

            """);

        var privacy = Load(workspace).PrivacySecurity!;

        Assert.That(privacy.CommonCloud.Select(entry => entry.Key), Is.EqualTo(new[]
        {
            "dataAccessAndStorage", "thirdPartyInformation", "logDetails", "dataResidency", "dataRetention", "privacy", "security", "hasRestAPIExtension", "llmModels",
        }));
    }

    [Test]
    public void The_postman_example_vocabulary_is_an_error_with_the_fix()
    {
        var errors = ErrorsOf("logDetails:\n  loggingEnabled: true\n  logRetention: 30_DAYS\n");

        Assert.That(errors, Has.Count.EqualTo(2), string.Join("\n", errors));
        Assert.That(errors[0], Does.StartWith("privacy-and-security.yml:2:3: commonCloud.logDetails.loggingEnabled is the Postman collection's example vocabulary, which the API does not take; write the answers in the API's commonCloud vocabulary (commonCloud.logDetails holds logEndUserData, logProcessAndOrStoreEUDOutsideAtlassian, logEUDShareWithThirdParty, logsIntegralForAppFunctionality"));
        Assert.That(errors[1], Does.StartWith("privacy-and-security.yml:3:3: commonCloud.logDetails.logRetention is the Postman collection's example vocabulary"));
    }

    [Test]
    public void The_read_only_properties_are_an_error_so_they_are_never_sent()
    {
        var errors = ErrorsOf("logDetails: {logEndUserData: true}\nproperties:\n  formStatus: APPROVED\n");

        Assert.That(errors, Is.EqualTo(new[] { "privacy-and-security.yml:2:1: commonCloud.properties is read-only (the Marketplace sets updatedBy, updatedAt, formStatus and jiraIssueLinks); remove it from the file" }));
    }

    [TestCase("logDetails:\n  logEndUserData: yes\n", "privacy-and-security.yml:2:19: commonCloud.logDetails.logEndUserData must be true or false (unquoted), not 'yes'")]
    [TestCase("logDetails:\n  logEndUserData: \"true\"\n", "privacy-and-security.yml:2:19: commonCloud.logDetails.logEndUserData must be true or false (unquoted), not 'true'")]
    [TestCase("dataResidency:\n  countriesWhereEndUserDataStored: US\n", "privacy-and-security.yml:2:36: commonCloud.dataResidency.countriesWhereEndUserDataStored must be a list of texts, e.g. [USER_PROFILE, CONTENT], not a single value")]
    [TestCase("dataResidency:\n  countriesWhereEndUserDataStored: [US, 3]\n", "privacy-and-security.yml:2:41: commonCloud.dataResidency.countriesWhereEndUserDataStored[1] must be a text (quote it)")]
    [TestCase("dataRetention:\n  retentionDurationInDays: {min: thirty}\n", "privacy-and-security.yml:2:34: commonCloud.dataRetention.retentionDurationInDays.min must be a whole number, not 'thirty'")]
    [TestCase("privacy:\n  dataProcessingAgreement: {isDPASupported: MAYBE}\n", "privacy-and-security.yml:2:45: commonCloud.privacy.dataProcessingAgreement.isDPASupported must be one of true, false, NOT_APPLICABLE, not 'MAYBE'")]
    [TestCase("privacy:\n  dataProcessingAgreement: {isDPASupported: \"TRUE\"}\n", "privacy-and-security.yml:2:45: commonCloud.privacy.dataProcessingAgreement.isDPASupported must be one of true, false, NOT_APPLICABLE, not 'TRUE': true and false are written unquoted (YAML's booleans), not as text")]
    [TestCase("privacy:\n  gdpr:\n    dataController: {isAppDataController: \"FALSE\"}\n", "privacy-and-security.yml:3:43: commonCloud.privacy.gdpr.dataController.isAppDataController must be one of true, false, NOT_APPLICABLE, not 'FALSE'")]
    [TestCase("dataResidency:\n  isDataResidencySupported: true\n", "privacy-and-security.yml:2:29: commonCloud.dataResidency.isDataResidencySupported must be one of STORED_IN_ATLASSIAN_AND_DR_SUPPORTED, APP_DOES_NOT_SUPPORT_DR, STORED_IN_ATLASSIAN_AND_DR_NOT_SUPPORTED, STORED_EXTERNAL_TO_ATLASSIAN, NOT_APPLICABLE (a text), not 'true'")]
    [TestCase("logDetails:\n  logEndUserData: null\n", "privacy-and-security.yml:2:19: commonCloud.logDetails.logEndUserData cannot be null: give an answer or leave logEndUserData out of the file")]
    [TestCase("privacy:\n  dataProcessingAgreement: {isDPASupported: ~}\n", "privacy-and-security.yml:2:45: commonCloud.privacy.dataProcessingAgreement.isDPASupported cannot be null")]
    [TestCase("thirdPartyInformation:\n  dataSubProcessors: our sub-processors\n", "privacy-and-security.yml:2:22: commonCloud.thirdPartyInformation.dataSubProcessors must be a full http(s) URL, not 'our sub-processors'")]
    [TestCase("thirdPartyInformation:\n  thirdPartyDetails: [Mailer]\n", "privacy-and-security.yml:2:23: commonCloud.thirdPartyInformation.thirdPartyDetails[0] must be a mapping (with name, link, purpose, thirdPartyCountries), not a single value")]
    [TestCase("thirdPartyInformation:\n  thirdPartyDetails:\n    - {name: Mailer, country: US}\n", "privacy-and-security.yml:3:22: commonCloud.thirdPartyInformation.thirdPartyDetails[0].country is not a privacy and security answer; commonCloud.thirdPartyInformation.thirdPartyDetails[0] holds name, link, purpose, thirdPartyCountries")]
    [TestCase("dataRetention:\n  isRetentionIndefinite: false\n", "privacy-and-security.yml:2:3: commonCloud.dataRetention.isRetentionIndefinite is not a privacy and security answer; commonCloud.dataRetention holds isDataRetentionSupported")]
    [TestCase("llmModels: [3]\n", "privacy-and-security.yml:1:13: commonCloud.llmModels[0] must be a text (quote it)")]
    [TestCase("privacy:\n  dataProcessingAgreement: {link: dpa.pdf}\n", "privacy-and-security.yml:2:35: commonCloud.privacy.dataProcessingAgreement.link must be a full http(s) URL, not 'dpa.pdf'")]
    [TestCase("security:\n  securityContact: 42\n", "privacy-and-security.yml:2:20: commonCloud.security.securityContact must be a text (quote it), not '42'")]
    [TestCase("security: true\n", "privacy-and-security.yml:1:11: commonCloud.security must be a mapping of its answers")]
    [TestCase("llmModels: gpt\n", "privacy-and-security.yml:1:12: commonCloud.llmModels must be a list of texts, e.g. [USER_PROFILE, CONTENT], not a single value")]
    [TestCase("dataAcessAndStorage: {}\n", "privacy-and-security.yml:1:1: commonCloud.dataAcessAndStorage is not a privacy and security answer; commonCloud holds dataAccessAndStorage, thirdPartyInformation, logDetails")]
    [TestCase("commonCloud:\n  logDetails:\n    logEndUserDta: true\n", "privacy-and-security.yml:3:5: commonCloud.logDetails.logEndUserDta is not a privacy and security answer; commonCloud.logDetails holds logEndUserData")]
    public void A_broken_answer_is_an_error_at_its_line_and_column(string privacyFile, string expected)
    {
        var errors = ErrorsOf(privacyFile);

        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", errors));
        Assert.That(errors[0], Does.StartWith(expected));
    }

    [Test]
    public void Null_is_taken_where_the_contract_s_schema_allows_it()
    {
        using var workspace = WithPrivacyFile("""
            dataAccessAndStorage: {appExposesRemoteRestApis: null, remoteRestApisAdditionalDetails: null}
            security: {requiresUsersToProvidePATs: null, permissionsJustification: null}
            hasRestAPIExtension: null
            llmModels: null

            """);

        Assert.That(Load(workspace).PrivacySecurity!.CommonCloud.Select(entry => entry.Key), Is.EqualTo(new[] { "dataAccessAndStorage", "security", "hasRestAPIExtension", "llmModels" }));
    }

    [Test]
    public void A_json_file_is_checked_at_its_own_positions()
    {
        var errors = ErrorsOf("{\n  \"logDetails\": {\n    \"loggingEnabled\": true\n  }\n}\n", "privacy.json");

        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", errors));
        Assert.That(errors[0], Does.StartWith("privacy.json:3:5: commonCloud.logDetails.loggingEnabled is the Postman collection's example vocabulary"));
    }
}
