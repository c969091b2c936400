using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// The body of <c>PUT /rest/3/privacy-and-security/products/{productId}</c>: <c>{"commonCloud": {…}}</c>, the
/// <c>commonCloud</c> (AppPrivacyAndSecurity) object of the official OpenAPI document of the v3 API. The Postman
/// collection's example body uses other names that match no schema (<c>dataAccess.dataAccessTypes</c>,
/// <c>logDetails.loggingEnabled</c>, …); they are refused like any unknown field. [ours], the stricter reading where the
/// reference is silent: <c>commonCloud</c> is required and non-empty; every answer present must have the type of the
/// reference's examples (text, true/false, a whole number, a list of texts, a list, an object; links absolute http(s)
/// URLs); the yes/no answers written as text take only the values the examples show (<c>TRUE</c>, <c>FALSE</c>);
/// null is taken for any answer, as the examples send it. The GET's read-only <c>properties</c> are no part of the
/// request and refused. Errors are 400 VALIDATION_ERROR with a string status.
/// </summary>
internal static class PrivacySecurityValidator
{
    public const string CommonCloud = "commonCloud";

    /// <summary>The reference's example body with each value replaced by its kind.</summary>
    private static readonly JsonObject Schema = JsonNode.Parse("""
        {
          "dataAccessAndStorage": {
            "typesOfDataAccessed": "texts", "typesOfDataStored": "texts", "isSameDataProcessedAndStored": "boolean",
            "appProcessEUDOutsideAtlassian": "boolean", "appStoresEUDOutsideAtlassian": "boolean",
            "appExposesRemoteRestApis": "boolean", "remoteRestApisAdditionalDetails": "text"
          },
          "thirdPartyInformation": { "isEndUserDataShared": "boolean", "dataSubProcessors": "text", "thirdPartyDetails": "list" },
          "logDetails": {
            "logEndUserData": "boolean", "logProcessAndOrStoreEUDOutsideAtlassian": "boolean",
            "logEUDShareWithThirdParty": "boolean", "logsIntegralForAppFunctionality": "boolean"
          },
          "dataResidency": {
            "isDataResidencySupported": "text", "countriesWhereEndUserDataStored": "texts", "realmMigrationSupported": "boolean",
            "inScopeDataTypes": "texts", "outOfScopeDataTypes": "texts"
          },
          "dataRetention": {
            "isDataRetentionSupported": "boolean", "retentionDurationInDays": { "min": "integer", "max": "integer" },
            "isCustomRetentionPeriodAllowed": "boolean", "isRetentionDurationIndefinite": "boolean", "isRetentionIndefinite": "boolean"
          },
          "privacy": {
            "privacyEnhancingTechniques": { "arePrivacyEnhancingTechniquesSupported": "boolean", "privacyEnhancingTechniquesSupported": "texts" },
            "gdpr": {
              "dataController": { "isAppDataController": "yesno", "endUserDataTypes": "texts" },
              "dataProcessor": { "isAppDataProcessor": "yesno", "endUserDataTypes": "texts" },
              "dataTransfer": {
                "isEndUserDataTransferredOutsideEEA": "boolean", "isTransferComplianceMechanismsAdhered": "boolean",
                "transferComplianceMechanismsAdheredDetails": "text"
              }
            },
            "ccpa": {
              "business": { "isAppBusiness": "yesno", "endUserDataTypes": "texts" },
              "serviceProvider": { "isAppServiceProvider": "yesno", "endUserDataTypes": "texts" }
            },
            "dataProcessingAgreement": { "isDPASupported": "yesno", "link": "url" }
          },
          "security": {
            "securityContact": "text",
            "publicSecurityPoliciesLink": "url",
            "caiq": { "isCAIQCompleted": "boolean", "CAIQLiteLink": "url" },
            "isDiskEncryptionSupported": "boolean",
            "hasCompliantCertifications": "boolean",
            "compliantCertifications": "texts",
            "requiresUsersToProvidePATs": "boolean",
            "permissionsJustification": "text"
          },
          "hasRestAPIExtension": "boolean",
          "llmModels": "list"
        }
        """)!.AsObject();

    private static readonly BodyFields Fields = new(ApiProblem.Validation);

    /// <summary>A copy of a valid body, or a 400 naming the first broken field.</summary>
    public static JsonObject Validate(JsonObject body)
    {
        Fields.RequireKnown(body, string.Empty, [CommonCloud]);
        var commonCloud = Fields.Object(body[CommonCloud], CommonCloud) ?? throw Fields.Fail("commonCloud is required");
        if (commonCloud.Count == 0)
        {
            throw Fields.Fail("commonCloud must not be empty");
        }

        Check(commonCloud, Schema, CommonCloud);
        return (JsonObject)body.DeepClone();
    }

    private static void Check(JsonObject section, JsonObject schema, string path)
    {
        Fields.RequireKnown(section, path + ".", schema.Select(entry => entry.Key).ToList());
        foreach (var (name, value) in section)
        {
            var field = $"{path}.{name}";
            switch (schema[name])
            {
                case JsonObject nested:
                    Check(Fields.Object(value, field) ?? throw Fields.Fail($"{field} must be an object"), nested, field);
                    break;
                case var kind when JsonRead.String(kind) == "boolean":
                    Fields.Boolean(value, field);
                    break;
                case var kind when JsonRead.String(kind) == "texts":
                    Fields.Strings(value, field);
                    break;
                case var kind when JsonRead.String(kind) == "url":
                    Fields.Url(value, field);
                    break;
                case var kind when JsonRead.String(kind) == "integer" && value is not null && JsonRead.Integer(value) is null:
                    throw Fields.Fail($"{field} must be a whole number");
                case var kind when JsonRead.String(kind) == "list" && value is not (null or JsonArray):
                    throw Fields.Fail($"{field} must be an array");
                case var kind when JsonRead.String(kind) == "yesno" && Fields.Text(value, field) is not (null or "TRUE" or "FALSE"):
                    throw Fields.Fail($"{field} must be TRUE or FALSE", $"Got '{JsonRead.String(value)}'");
                case var kind when JsonRead.String(kind) is "integer" or "list" or "yesno":
                    break;
                default:
                    Fields.Text(value, field);
                    break;
            }
        }
    }
}
