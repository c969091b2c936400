using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// What a version <c>PUT</c> may change. The reference says the PUT replaces the whole version and needs the current
/// <c>revision</c>, and that the <c>state</c> cannot be changed (docs/marketplace-api.md § Versions); its PUT example even changes
/// <c>versionNumber</c> and the connect scopes. The sandbox takes the stricter reading of docs/marketplace-api.md § Compatibility updates: only
/// the editable fields (<c>compatibilities</c>, <c>supported</c>, <c>beta</c>, <c>changelog.releaseSummary</c>,
/// <c>changelog.releaseNotes</c>) may differ from the stored version; a different artifact, framework, version
/// number, payment model, licence, source licence or editions flag is refused, so a client that would rewrite a
/// released version in place is caught here.
/// </summary>
internal static class VersionUpdateRules
{
    /// <summary>Top-level fields that must equal the stored ones (compared as JSON; licenseType by id).</summary>
    private static readonly string[] Fixed = ["versionNumber", "supportedPaymentModel", "frameworkDetails", "sourceCodeLicense", "editionsEnabled"];

    /// <summary>Checks the PUT body against the stored version; call with the store's lock held, after the shape rules.</summary>
    public static void Check(JsonObject body, VersionEntry version)
    {
        if (JsonRead.Integer(body["buildNumber"]) != version.BuildNumber)
        {
            throw ApiProblem.Validation("buildNumber cannot be changed", $"The body's buildNumber must be {version.BuildNumber}");
        }

        if (JsonRead.Integer(body["revision"]) is not { } revision)
        {
            throw ApiProblem.Validation("revision is required: the revision of the last GET");
        }

        // The contract's version PUT answers a stale revision with its 400 ("validation errors or revision mismatch (code
        // REVISION_MISMATCH)", docs/contract/marketplace-v3.openapi.json), as the listing PUT does: a client decides by
        // the code, not by the status.
        if (revision != version.Revision)
        {
            throw new ApiProblem(400, "REVISION_MISMATCH", "Revision mismatch", $"The current revision is {version.Revision}, the request sent {revision}: GET the version again and resend");
        }

        if (body["state"] is { } state && JsonRead.String(state) != version.State)
        {
            throw ApiProblem.Validation("The version state cannot be changed through the API", $"Send the state of the last GET ('{version.State}') unchanged");
        }

        foreach (var field in Fixed)
        {
            if (!JsonNode.DeepEquals(body[field], version.Body[field]))
            {
                throw NotEditable(field);
            }
        }

        if (JsonRead.String(body["licenseType"]?["id"]) != JsonRead.String(version.Body["licenseType"]?["id"]))
        {
            throw NotEditable("licenseType");
        }
    }

    /// <summary>The stored body after the PUT: the editable fields from the request, everything else as it was.</summary>
    public static JsonObject Apply(JsonObject body, VersionEntry version)
    {
        var updated = (JsonObject)version.Body.DeepClone();
        foreach (var field in (string[])["compatibilities", "supported", "beta", "changelog"])
        {
            updated.Remove(field);
            if (body[field] is { } value)
            {
                updated[field] = value.DeepClone();
            }
        }

        if (body["acceptedAgreements"] is { } agreements)
        {
            updated["acceptedAgreements"] = agreements.DeepClone();
        }

        return updated;
    }

    private static ApiProblem NotEditable(string field) => ApiProblem.Validation(
        $"{field} cannot be changed on an existing version",
        "Only compatibilities, supported, beta and changelog (releaseSummary, releaseNotes) can be updated; release a new version for anything else");
}
