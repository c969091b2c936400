namespace Marketplace.Release.Manifest.Privacy;

/// <summary>
/// The <c>commonCloud</c> object of the privacy and security endpoints exactly as the contract document states it
/// (docs/contract/marketplace-v3.openapi.json, schema <c>AppTrustInformation</c>, the request body of
/// <c>PUT /rest/3/privacy-and-security/products/{productId}</c>; docs/manifest.md lists it): the same names at every
/// depth, types, enums and nullability. The yes/no answers of the GDPR and CCPA roles and the DPA take
/// <c>true</c>, <c>false</c> or <c>NOT_APPLICABLE</c>; null is taken only where the schema types it so. The OpenAPI's
/// own examples (<c>"TRUE"</c>, nulls everywhere, <c>isRetentionIndefinite</c>) contradict its schemas; the schemas
/// win. <c>PrivacyVocabularyContractTests</c> holds the two together. <c>properties</c> is the GET's read-only part
/// (<c>updatedBy</c>, <c>updatedAt</c>, <c>formStatus</c>, <c>jiraIssueLinks</c>): never compared, written by
/// <c>init</c>, or sent.
/// </summary>
internal static class PrivacyVocabulary
{
    public const string CommonCloud = "commonCloud";

    /// <summary>The read-only part of the GET's <c>commonCloud</c>, set by the Marketplace.</summary>
    public const string ReadOnlyProperties = "properties";

    /// <summary>The text a yes/no answer takes when it does not apply to the app.</summary>
    public const string NotApplicable = "NOT_APPLICABLE";

    private static readonly PrivacyChoice[] YesNoOrNotApplicable = [PrivacyChoice.Of(true), PrivacyChoice.Of(false), PrivacyChoice.Of(NotApplicable)];

    private static readonly PrivacyChoice[] DataResidencySupport =
    [
        PrivacyChoice.Of("STORED_IN_ATLASSIAN_AND_DR_SUPPORTED"),
        PrivacyChoice.Of("APP_DOES_NOT_SUPPORT_DR"),
        PrivacyChoice.Of("STORED_IN_ATLASSIAN_AND_DR_NOT_SUPPORTED"),
        PrivacyChoice.Of("STORED_EXTERNAL_TO_ATLASSIAN"),
        PrivacyChoice.Of(NotApplicable),
    ];

    private static PrivacyField EndUserDataRole(string section, string answer) =>
        PrivacyField.Section(section, PrivacyField.Choice(answer, YesNoOrNotApplicable), PrivacyField.Texts("endUserDataTypes"));

    /// <summary>The <c>commonCloud</c> object itself.</summary>
    public static PrivacyField Root { get; } = PrivacyField.Section(CommonCloud,
        PrivacyField.Section("dataAccessAndStorage",
            PrivacyField.Boolean("isSameDataProcessedAndStored"),
            PrivacyField.Boolean("appProcessEUDOutsideAtlassian"),
            PrivacyField.Texts("typesOfDataAccessed"),
            PrivacyField.Boolean("appStoresEUDOutsideAtlassian"),
            PrivacyField.Texts("typesOfDataStored"),
            PrivacyField.Boolean("appExposesRemoteRestApis").OrNull(),
            PrivacyField.Text("remoteRestApisAdditionalDetails").OrNull()),
        PrivacyField.Section("thirdPartyInformation",
            PrivacyField.Boolean("isEndUserDataShared"),
            PrivacyField.Link("dataSubProcessors"),
            PrivacyField.Sections("thirdPartyDetails",
                PrivacyField.Text("name"),
                PrivacyField.Link("link"),
                PrivacyField.Text("purpose"),
                PrivacyField.Texts("thirdPartyCountries"))),
        PrivacyField.Section("logDetails",
            PrivacyField.Boolean("logEndUserData"),
            PrivacyField.Boolean("logProcessAndOrStoreEUDOutsideAtlassian"),
            PrivacyField.Boolean("logEUDShareWithThirdParty"),
            PrivacyField.Boolean("logsIntegralForAppFunctionality")),
        PrivacyField.Section("dataResidency",
            PrivacyField.Choice("isDataResidencySupported", DataResidencySupport),
            PrivacyField.Texts("countriesWhereEndUserDataStored"),
            PrivacyField.Boolean("realmMigrationSupported"),
            PrivacyField.Texts("inScopeDataTypes"),
            PrivacyField.Texts("outOfScopeDataTypes")),
        PrivacyField.Section("dataRetention",
            PrivacyField.Boolean("isDataRetentionSupported"),
            PrivacyField.Section("retentionDurationInDays", PrivacyField.Integer("min"), PrivacyField.Integer("max")),
            PrivacyField.Boolean("isCustomRetentionPeriodAllowed"),
            PrivacyField.Boolean("isRetentionDurationIndefinite")),
        PrivacyField.Section("security",
            PrivacyField.Text("securityContact"),
            PrivacyField.Link("publicSecurityPoliciesLink"),
            PrivacyField.Section("caiq", PrivacyField.Boolean("isCAIQCompleted"), PrivacyField.Link("CAIQLiteLink")),
            PrivacyField.Boolean("isDiskEncryptionSupported"),
            PrivacyField.Boolean("hasCompliantCertifications"),
            PrivacyField.Texts("compliantCertifications"),
            PrivacyField.Boolean("requiresUsersToProvidePATs").OrNull(),
            PrivacyField.Text("permissionsJustification").OrNull()),
        PrivacyField.Section("privacy",
            PrivacyField.Section("privacyEnhancingTechniques",
                PrivacyField.Boolean("arePrivacyEnhancingTechniquesSupported"),
                PrivacyField.Texts("privacyEnhancingTechniquesSupported")),
            PrivacyField.Section("gdpr",
                EndUserDataRole("dataController", "isAppDataController"),
                EndUserDataRole("dataProcessor", "isAppDataProcessor"),
                PrivacyField.Section("dataTransfer",
                    PrivacyField.Boolean("isEndUserDataTransferredOutsideEEA"),
                    PrivacyField.Boolean("isTransferComplianceMechanismsAdhered"),
                    PrivacyField.Text("transferComplianceMechanismsAdheredDetails"))),
            PrivacyField.Section("ccpa",
                EndUserDataRole("business", "isAppBusiness"),
                EndUserDataRole("serviceProvider", "isAppServiceProvider")),
            PrivacyField.Section("dataProcessingAgreement",
                PrivacyField.Choice("isDPASupported", YesNoOrNotApplicable),
                PrivacyField.Link("link"))),
        PrivacyField.Boolean("hasRestAPIExtension").OrNull(),
        PrivacyField.Texts("llmModels").OrNull());

    /// <summary>
    /// Names of the Postman collection's example body, which matches no schema of the API: a file using them gets the
    /// fix (the OpenAPI's vocabulary) in its error.
    /// </summary>
    public static IReadOnlySet<string> PostmanExampleNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "dataAccess", "dataStorage", "dataAccessDescription", "dataAccessTypes", "dataAccessScope", "dataStorageDescription",
        "dataRetentionPeriod", "dataDeletionPolicy", "thirdPartyServices", "dataSharing", "dataSharingDescription",
        "loggingEnabled", "logRetention", "sensitiveDataLogging", "dataResidencyRegions", "dataResidencyCompliance",
        "retentionPeriod", "deletionProcess", "backupRetention", "dataMinimization", "anonymization", "pseudonymization",
        "gdprCompliant", "dataProcessingBasis", "userRights", "ccpaCompliant", "dataCategories", "dpaAvailable", "dpaUrl",
    };
}
