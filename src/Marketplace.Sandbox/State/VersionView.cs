using System.Text.Json.Nodes;
using Marketplace.Sandbox.Endpoints;

namespace Marketplace.Sandbox.State;

/// <summary>How a stored version and its listing read back through the API.</summary>
internal static class VersionView
{
    /// <summary>
    /// The version as <c>GET …/versions/{buildNumber}</c> answers it. The reference's example
    /// (the v3 reference's "Get app software version by build number"; docs/marketplace-api.md § Versions) shows the posted fields plus
    /// <c>state</c>, <c>revision</c>, <c>createdBy</c>, <c>createdAt</c>, and <c>licenseType</c> with its <c>name</c>;
    /// it shows no <c>acceptedAgreements</c>, so they are stored but not echoed (stricter: a client must not rely on
    /// reading them back). docs/marketplace-api.md § Versions lists <c>approvalDetails</c> on the version GET; its fields are the version's own
    /// review fields (<c>submittedAt</c>, <c>approvedAt</c>, <c>jiraIssueKey</c>, <c>rejectionReason</c>, per issue 12),
    /// not the listing's (<c>submittedDate</c>, <c>approvalDate</c>, <c>issueKey</c>, <c>approvedBy</c>), and it is absent
    /// until the version was first submitted.
    /// </summary>
    public static JsonObject Render(VersionEntry version)
    {
        var json = (JsonObject)version.Body.DeepClone();
        json.Remove("acceptedAgreements");
        if (json["licenseType"] is JsonObject license && Http.JsonRead.String(license["id"]) is { } licenseId)
        {
            json["licenseType"] = new JsonObject
            {
                ["id"] = licenseId,
                ["name"] = LicenseTypes.Names.GetValueOrDefault(licenseId, licenseId),
            };
        }

        json["state"] = version.State;
        json["revision"] = version.Revision;
        json["createdBy"] = version.CreatedBy;
        json["createdAt"] = MarketplaceStore.Timestamp(version.CreatedAt);

        // The read-only releaseDetails of the contract's GET answer, once the version is out of review ([ours]: the
        // reference gives no example; released when approved, or at creation for a version that needed no review).
        if (version.State is "approved" or "auto-approved" or "active")
        {
            json["releaseDetails"] = new JsonObject
            {
                ["releasedAt"] = MarketplaceStore.Timestamp(version.Listing?.ApprovalDate ?? version.CreatedAt),
                ["releasedBy"] = version.CreatedBy,
            };
        }
        if (version.Listing is { SubmittedDate: { } submitted } listing)
        {
            var details = new JsonObject { ["submittedAt"] = MarketplaceStore.Timestamp(submitted) };
            if (listing.ApprovalDate is { } approved)
            {
                details["approvedAt"] = MarketplaceStore.Timestamp(approved);
            }

            if (listing.IssueKey is { } issueKey)
            {
                details["jiraIssueKey"] = issueKey;
            }

            if (listing.RejectionReason is { } reason)
            {
                details["rejectionReason"] = reason;
            }

            json["approvalDetails"] = details;
        }

        return json;
    }

    /// <summary>
    /// The listing as <c>GET …/listing</c> answers it, with the reference's <c>approvalDetails</c>
    /// (<c>issueKey</c>, <c>submittedDate</c>, <c>approvalDate</c>, <c>approvedBy</c>: docs/marketplace-api.md § Version listing).
    /// The reference shows no field for a rejection's reason; the sandbox adds <c>rejectionReason</c> there on a
    /// REJECTED listing ([ours], the same name as on the version), which docs/marketplace-api.md § Waiting for approval reads "from approvalDetails".
    /// </summary>
    public static JsonObject RenderListing(AppSoftwareEntry software, VersionEntry version, ListingEntry listing)
    {
        var json = (JsonObject)listing.Body.DeepClone();

        // The reference's GET examples show an instruction without a screenshot as "screenshot": {} (an object whose
        // required imageId is missing); the sandbox shows it the same way, so a client that copies a GET into a PUT
        // meets the refusal here rather than on the live API.
        foreach (var instruction in (json["deploymentInstructions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (instruction["screenshot"] is null)
            {
                instruction["screenshot"] = new JsonObject();
            }
        }

        json["state"] = listing.State;
        json["approvalStatus"] = listing.ApprovalStatus;
        var details = new JsonObject();
        if (listing.IssueKey is { } issueKey)
        {
            details["issueKey"] = issueKey;
        }

        if (listing.SubmittedDate is { } submitted)
        {
            details["submittedDate"] = MarketplaceStore.Timestamp(submitted);
        }

        if (listing.ApprovalDate is { } approved)
        {
            details["approvalDate"] = MarketplaceStore.Timestamp(approved);
            details["approvedBy"] = "sandbox-reviewer@example.com";
        }

        if (listing.RejectionReason is { } reason)
        {
            details["rejectionReason"] = reason;
        }

        json["approvalDetails"] = details;
        json["buildNumber"] = version.BuildNumber;
        json["appSoftwareId"] = software.Id;
        json["revision"] = listing.Revision;
        return json;
    }
}
