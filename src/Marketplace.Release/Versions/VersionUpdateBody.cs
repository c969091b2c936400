using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Versions;

/// <summary>
/// The body of <c>PUT …/versions/{buildNumber}</c> (spec §10): the whole version as read, with the editable fields
/// replaced by the manifest's, the read <c>revision</c> and <c>state</c> echoed unchanged, and <c>licenseType</c> as
/// <c>{id}</c>: the reference's PUT example (postman-collection.json, "Update app software version") sends exactly
/// that shape, while the GET shows <c>licenseType</c> as <c>{id, name, link}</c>.
/// </summary>
internal static class VersionUpdateBody
{
    /// <summary>
    /// What the GET shows about the version's history rather than the version itself. The PUT example carries none of
    /// them; sending them back could only be refused.
    /// </summary>
    private static readonly string[] ReadOnly = ["createdBy", "createdAt", "approvalDetails"];

    public static JsonObject Build(JsonObject live, VersionCreateRequest desired)
    {
        var body = (JsonObject)live.DeepClone();
        foreach (var field in ReadOnly)
        {
            body.Remove(field);
        }

        if (body["licenseType"] is JsonObject license && license["id"] is { } id)
        {
            body["licenseType"] = new JsonObject { ["id"] = id.DeepClone() };
        }

        // The editable fields in the wire shape of the create request: one set of field names for POST and PUT.
        var wanted = JsonSerializer.SerializeToNode(desired, MarketplaceJsonContext.Default.VersionCreateRequest)!.AsObject();
        body["compatibilities"] = wanted["compatibilities"]?.DeepClone();
        body["supported"] = wanted["supported"]?.DeepClone();
        body["beta"] = wanted["beta"]?.DeepClone();
        if (wanted["changelog"] is JsonObject changelog)
        {
            // Only what the manifest gives is replaced: release notes left out of the manifest stay as they are.
            if (body["changelog"] is not JsonObject merged)
            {
                merged = [];
                body["changelog"] = merged;
            }

            foreach (var (name, value) in changelog)
            {
                merged[name] = value?.DeepClone();
            }
        }

        // The GET does not show the accepted agreements; the PUT example sends them, as the create did.
        body["acceptedAgreements"] ??= wanted["acceptedAgreements"]?.DeepClone();
        return body;
    }
}
