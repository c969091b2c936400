using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// The shape rules of a version body (v3-facts § Versions), checked before the state is touched.
/// Unknown fields are refused by name ([ours]): a misspelt field would otherwise be dropped silently here
/// and on the live API alike, and the release would go out without it.
/// </summary>
internal static class VersionValidator
{
    private static readonly string[] WritableFields =
        ["buildNumber", "versionNumber", "compatibilities", "supportedPaymentModel", "frameworkDetails", "licenseType", "sourceCodeLicense", "changelog", "supported", "beta", "acceptedAgreements"];

    /// <summary>Fields a GET returns; a PUT built from a GET may carry them back, and they are ignored then.</summary>
    private static readonly string[] ReadOnlyFields = ["state", "revision", "createdBy", "createdAt", "approvalDetails"];

    private static readonly string[] PaymentModels = ["free", "paid-via-atlassian", "paid-via-vendor"];
    private static readonly string[] Frameworks = ["connect", "forge", "plugin", "workflow", "external"];
    private static readonly string[] Licenses = ["atlassian-closed-source", "commercial", "commercial-free", "bsd", "asl", "gpl", "lgpl", "epl"];

    /// <summary>Validates a POST (<paramref name="update"/> false) or PUT body and returns its framework id. Null-valued fields are removed first.</summary>
    public static string Validate(JsonObject body, bool update, MarketplaceStore store)
    {
        foreach (var name in body.Where(property => property.Value is null).Select(property => property.Key).ToList())
        {
            body.Remove(name);
        }

        foreach (var (name, _) in body)
        {
            if (!WritableFields.Contains(name) && !(update && ReadOnlyFields.Contains(name)))
            {
                throw Fail($"Unknown field '{name}'");
            }
        }

        var framework = body["frameworkDetails"] as JsonObject ?? throw Fail("frameworkDetails is required (an object with frameworkId and attributes)");
        var frameworkId = JsonRead.String(framework["frameworkId"]);
        if (frameworkId is null || !Frameworks.Contains(frameworkId))
        {
            throw Fail($"frameworkDetails.frameworkId must be one of {string.Join(", ", Frameworks)}");
        }

        foreach (var (name, _) in framework)
        {
            if (name is not ("frameworkId" or "attributes"))
            {
                throw Fail($"Unknown field 'frameworkDetails.{name}'");
            }
        }

        ValidateAttributes(frameworkId, framework["attributes"] as JsonObject ?? throw Fail("frameworkDetails.attributes is required"));

        var buildNumberGenerated = frameworkId is "connect" or "forge" && !update;
        if (!buildNumberGenerated && JsonRead.Integer(body["buildNumber"]) is not > 0)
        {
            throw Fail("buildNumber is required: a positive integer");
        }

        var versionNumberRequired = update || frameworkId is "plugin" or "forge";
        if (body["versionNumber"] is { } versionNumber ? string.IsNullOrWhiteSpace(JsonRead.String(versionNumber)) : versionNumberRequired)
        {
            throw Fail("versionNumber is required: a non-empty string");
        }

        ValidateCompatibilities(body["compatibilities"], store);

        if (JsonRead.String(body["supportedPaymentModel"]) is not { } paymentModel || !PaymentModels.Contains(paymentModel))
        {
            throw Fail($"supportedPaymentModel must be one of {string.Join(", ", PaymentModels)}");
        }

        if (body["licenseType"] is { } license && (JsonRead.String(license["id"]) is not { } licenseId || !Licenses.Contains(licenseId)))
        {
            throw Fail($"licenseType.id must be one of {string.Join(", ", Licenses)}");
        }

        if (body["sourceCodeLicense"] is { } sourceLicense && (sourceLicense is not JsonObject || JsonRead.String(sourceLicense["url"]) is null))
        {
            throw Fail("sourceCodeLicense must be an object with a url");
        }

        if (body["changelog"] is { } changelog)
        {
            if (changelog is not JsonObject changelogObject || changelogObject.Any(property => property.Key is not ("releaseSummary" or "releaseNotes") || (property.Value is not null && JsonRead.String(property.Value) is null)))
            {
                throw Fail("changelog must be an object with the strings releaseSummary and releaseNotes");
            }
        }

        foreach (var flag in (string[])["supported", "beta"])
        {
            if (JsonRead.Boolean(body[flag]) is null)
            {
                throw Fail($"{flag} is required: true or false");
            }
        }

        if (body["acceptedAgreements"] is not null || !update)
        {
            if (body["acceptedAgreements"] is not JsonArray { Count: > 0 } list || list.Any(item => JsonRead.String(item?["agreementUrl"]) is not { Length: > 0 }))
            {
                throw Fail("acceptedAgreements is required: [{\"agreementUrl\": \"…\"}]");
            }
        }

        return frameworkId;
    }

    private static void ValidateAttributes(string frameworkId, JsonObject attributes)
    {
        string[] required = frameworkId switch
        {
            "plugin" => ["artifactId", "pluginFrameworkType"],
            "workflow" => ["artifactId"],
            "connect" => ["descriptorId", "scopes"],
            "forge" => ["appId", "versionId", "envId", "scopes"],
            _ => ["authorization"],
        };
        foreach (var name in required)
        {
            if (attributes[name] is null)
            {
                throw Fail($"frameworkDetails.attributes.{name} is required for framework '{frameworkId}'");
            }
        }

        if (frameworkId == "plugin" && JsonRead.String(attributes["pluginFrameworkType"]) is not ("P1" or "P2"))
        {
            throw Fail("frameworkDetails.attributes.pluginFrameworkType must be P1 or P2");
        }

        if (frameworkId is "plugin" or "workflow" && JsonRead.String(attributes["artifactId"]) is not { Length: > 0 })
        {
            throw Fail("frameworkDetails.attributes.artifactId must be the artifact's id (the last segment of its _links.self.href)");
        }

        if (frameworkId is "connect" or "forge" && attributes["scopes"] is not JsonArray)
        {
            throw Fail("frameworkDetails.attributes.scopes must be an array");
        }
    }

    private static void ValidateCompatibilities(JsonNode? node, MarketplaceStore store)
    {
        if (node is not JsonArray { Count: > 0 } compatibilities)
        {
            throw Fail("compatibilities is required: a non-empty array");
        }

        for (var index = 0; index < compatibilities.Count; index++)
        {
            var item = compatibilities[index] as JsonObject ?? throw Fail($"compatibilities[{index}] must be an object");
            var parent = JsonRead.String(item["parentSoftwareId"]);
            if (parent is null || !store.IsKnownParentSoftware(parent))
            {
                throw Fail($"compatibilities[{index}].parentSoftwareId '{parent}' is not a known parent software");
            }

            var min = JsonRead.Integer(item["minBuildNumber"]);
            var max = JsonRead.Integer(item["maxBuildNumber"]);
            if (min is not > 0 || max is not > 0)
            {
                throw Fail($"compatibilities[{index}] needs integer minBuildNumber and maxBuildNumber");
            }

            if (min > max)
            {
                throw Fail($"compatibilities[{index}].minBuildNumber {min} is greater than maxBuildNumber {max}");
            }
        }
    }

    private static ApiProblem Fail(string message) => ApiProblem.Validation(message);
}
