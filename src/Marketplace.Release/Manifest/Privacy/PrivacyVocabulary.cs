namespace Marketplace.Release.Manifest.Privacy;

/// <summary>
/// The <c>commonCloud</c> object of the privacy and security endpoints as the official OpenAPI document of the v3 API
/// gives it (the request body of <c>PUT /rest/3/privacy-and-security/products/{productId}</c> and the answer of its
/// GET; docs/manifest.md lists it). Every answer may be null, as in the reference's own examples. The yes/no answers
/// the reference writes as text take only the values it shows (<c>TRUE</c>, <c>FALSE</c>), the stricter reading.
/// <c>properties</c> is the GET's read-only part (<c>updatedBy</c>, <c>updatedAt</c>, <c>formStatus</c>,
/// <c>jiraIssueLinks</c>): never compared, written by <c>init</c>, or sent.
/// </summary>
internal static class PrivacyVocabulary
{
    public const string CommonCloud = "commonCloud";

    /// <summary>The read-only part of the GET's <c>commonCloud</c>, set by the Marketplace.</summary>
    public const string ReadOnlyProperties = "properties";

    private static readonly string[] YesNo = ["TRUE", "FALSE"];

    private static PrivacyField EndUserDataRole(string section, string answer) =>
        PrivacyField.Section(section, PrivacyField.Choice(answer, YesNo), PrivacyField.Texts("endUserDataTypes"));

    /// <summary>The <c>commonCloud</c> object itself.</summary>
    public static PrivacyField Root { get; } = PrivacyField.Section(CommonCloud,
        PrivacyField.Section("dataAccessAndStorage",
            PrivacyField.Texts("typesOfDataAccessed"),
            PrivacyField.Texts("typesOfDataStored"),
            PrivacyField.Boolean("isSameDataProcessedAndStored"),
            PrivacyField.Boolean("appProcessEUDOutsideAtlassian"),
            PrivacyField.Boolean("appStoresEUDOutsideAtlassian"),
            PrivacyField.Boolean("appExposesRemoteRestApis"),
            PrivacyField.Text("remoteRestApisAdditionalDetails")),
        PrivacyField.Section("thirdPartyInformation",
            PrivacyField.Boolean("isEndUserDataShared"),
            PrivacyField.Text("dataSubProcessors"),
            PrivacyField.List("thirdPartyDetails")),
        PrivacyField.Section("logDetails",
            PrivacyField.Boolean("logEndUserData"),
            PrivacyField.Boolean("logProcessAndOrStoreEUDOutsideAtlassian"),
            PrivacyField.Boolean("logEUDShareWithThirdParty"),
            PrivacyField.Boolean("logsIntegralForAppFunctionality")),
        PrivacyField.Section("dataResidency",
            PrivacyField.Text("isDataResidencySupported"),
            PrivacyField.Texts("countriesWhereEndUserDataStored"),
            PrivacyField.Boolean("realmMigrationSupported"),
            PrivacyField.Texts("inScopeDataTypes"),
            PrivacyField.Texts("outOfScopeDataTypes")),
        PrivacyField.Section("dataRetention",
            PrivacyField.Boolean("isDataRetentionSupported"),
            PrivacyField.Section("retentionDurationInDays", PrivacyField.Integer("min"), PrivacyField.Integer("max")),
            PrivacyField.Boolean("isCustomRetentionPeriodAllowed"),
            PrivacyField.Boolean("isRetentionDurationIndefinite"),
            // The reference's GET example names the PUT example's isRetentionDurationIndefinite so; both are taken.
            PrivacyField.Boolean("isRetentionIndefinite")),
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
                PrivacyField.Choice("isDPASupported", YesNo),
                PrivacyField.Link("link"))),
        PrivacyField.Section("security",
            PrivacyField.Text("securityContact"),
            PrivacyField.Link("publicSecurityPoliciesLink"),
            PrivacyField.Section("caiq", PrivacyField.Boolean("isCAIQCompleted"), PrivacyField.Link("CAIQLiteLink")),
            PrivacyField.Boolean("isDiskEncryptionSupported"),
            PrivacyField.Boolean("hasCompliantCertifications"),
            PrivacyField.Texts("compliantCertifications"),
            PrivacyField.Boolean("requiresUsersToProvidePATs"),
            PrivacyField.Text("permissionsJustification")),
        PrivacyField.Boolean("hasRestAPIExtension"),
        PrivacyField.List("llmModels"));

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
