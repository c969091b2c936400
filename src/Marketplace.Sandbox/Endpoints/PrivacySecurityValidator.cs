using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// The body of <c>PUT /rest/3/privacy-and-security/products/{productId}</c>: <c>{"commonCloud": {…}}</c>. The reference
/// gives the object only as an example and states no required field inside it; the sandbox takes that example as the
/// schema ([ours], the stricter reading): <c>commonCloud</c> is required and non-empty, every field present must have
/// the example's type (text, true/false, a list of texts, an object; links absolute http(s) URLs), and fields the
/// example does not have are refused by name. Errors are 400 VALIDATION_ERROR with a string status.
/// </summary>
internal static class PrivacySecurityValidator
{
    public const string CommonCloud = "commonCloud";

    /// <summary>The reference's PUT example with each value replaced by its kind.</summary>
    private static readonly JsonObject Schema = JsonNode.Parse("""
        {
          "dataAccessAndStorage": {
            "dataAccess": { "dataAccessDescription": "text", "dataAccessTypes": "texts", "dataAccessScope": "text" },
            "dataStorage": { "dataStorageDescription": "text", "dataRetentionPeriod": "text", "dataDeletionPolicy": "text" }
          },
          "thirdPartyInformation": { "thirdPartyServices": "texts", "dataSharing": "boolean", "dataSharingDescription": "text" },
          "logDetails": { "loggingEnabled": "boolean", "logRetention": "text", "sensitiveDataLogging": "boolean" },
          "dataResidency": { "dataResidencyRegions": "texts", "dataResidencyCompliance": "boolean" },
          "dataRetention": { "retentionPeriod": "text", "deletionProcess": "text", "backupRetention": "text" },
          "privacy": {
            "privacyEnhancingTechniques": { "dataMinimization": "boolean", "anonymization": "boolean", "pseudonymization": "boolean" },
            "gdpr": { "gdprCompliant": "boolean", "dataProcessingBasis": "text", "userRights": "texts" },
            "ccpa": { "ccpaCompliant": "boolean", "dataCategories": "texts" },
            "dataProcessingAgreement": { "dpaAvailable": "boolean", "dpaUrl": "url" }
          },
          "security": {
            "securityContact": "text",
            "publicSecurityPoliciesLink": "url",
            "caiq": { "isCAIQCompleted": "boolean", "CAIQLiteLink": "url" },
            "isDiskEncryptionSupported": "boolean",
            "hasCompliantCertifications": "boolean",
            "compliantCertifications": "texts"
          }
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
                default:
                    Fields.Text(value, field);
                    break;
            }
        }
    }
}
