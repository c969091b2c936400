using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Versions;

/// <summary>
/// The body of <c>PUT …/versions/{buildNumber}</c>: the version as read, with the editable fields replaced
/// by the manifest's, the read <c>revision</c> and <c>state</c> echoed unchanged, and only the fields of the contract's
/// <c>AppSoftwareVersionUpdateRequest</c> (docs/contract/marketplace-v3.openapi.json): the GET's read-only
/// <c>releaseDetails</c>, <c>approvalDetails</c>, <c>createdBy</c> and <c>createdAt</c> are left out, and
/// <c>licenseType</c> is <c>{id}</c> where the GET shows <c>{id, name, link}</c>.
/// </summary>
internal static class VersionUpdateBody
{
    public static JsonObject Build(JsonObject live, VersionCreateRequest desired)
    {
        var body = RequestFields.Keep((JsonObject)live.DeepClone(), RequestFields.VersionUpdate);
        if (body["licenseType"] is JsonObject license)
        {
            RequestFields.Keep(license, RequestFields.VersionLicenseType);
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
