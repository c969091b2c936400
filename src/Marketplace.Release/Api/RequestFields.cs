using System.Text.Json.Nodes;

namespace Marketplace.Release.Api;

/// <summary>
/// The fields of the request schemas a PUT built from a GET is held to (docs/contract/marketplace-v3.openapi.json):
/// a GET answer carries read-only fields (<c>productId</c>, <c>slug</c>, <c>releaseDetails</c>, <c>createdBy</c>, …)
/// that the request schema does not name, and the Marketplace may refuse a body that carries them. A test compares
/// these lists with the contract document, so they cannot drift from it.
/// </summary>
internal static class RequestFields
{
    /// <summary>The properties of <c>AppSoftwareVersionUpdateRequest</c>.</summary>
    public static readonly IReadOnlyList<string> VersionUpdate =
    [
        "buildNumber", "versionNumber", "compatibilities", "supportedPaymentModel", "frameworkDetails", "licenseType", "sourceCodeLicense",
        "changelog", "supported", "beta", "state", "revision", "acceptedAgreements", "editionsEnabled",
    ];

    /// <summary>The properties of <c>AppSoftwareVersionLicenseType</c>: a PUT names the licence by id only.</summary>
    public static readonly IReadOnlyList<string> VersionLicenseType = ["id"];

    /// <summary>The properties of <c>UpdateProductListingV3Request</c>.</summary>
    public static readonly IReadOnlyList<string> AppListingUpdate =
    [
        "appKey", "developerId", "appName", "summary", "tagLine", "images", "tags", "communityEnabled", "developerLinks",
        "thirdPartyIntegrations", "enrolledPrograms", "legacyListingDetails", "state", "approvalStatus", "revision",
        "dataCenterReviewIssueKey", "hostingVisibility", "stateAfterApproval", "marketingLabels",
    ];

    /// <summary>The paths <c>AppMigrationPatchDocumentation</c> lets a JSON Patch name (no <c>/addonName</c>, <c>/developerId</c>).</summary>
    public static readonly IReadOnlyList<string> MigrationPatchPaths =
    [
        "/cloudAddonKey", "/cloudVersionAvailability", "/cloudVersionDevelopmentRoadmap", "/featureDifferenceDocumentation", "/migrationDocumentation",
        "/cloudMigrationAssistantCompatibility", "/cloudMigrationAssistantCompatibilityRanges", "/migrationRoadmapTicketLink", "/migrationPath", "/isDualLicenseOptedIn",
    ];

    /// <summary>Removes every top-level field <paramref name="fields"/> does not name, and every null value (no request schema takes one).</summary>
    public static JsonObject Keep(JsonObject body, IReadOnlyList<string> fields)
    {
        foreach (var name in body.Select(property => property.Key).ToList())
        {
            if (!fields.Contains(name) || body[name] is null)
            {
                body.Remove(name);
            }
            else if (body[name] is JsonObject nested)
            {
                WithoutNulls(nested);
            }
        }

        return body;
    }

    private static void WithoutNulls(JsonObject body)
    {
        foreach (var name in body.Where(property => property.Value is null).Select(property => property.Key).ToList())
        {
            body.Remove(name);
        }
    }
}
