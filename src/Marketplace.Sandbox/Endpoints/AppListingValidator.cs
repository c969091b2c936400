using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// The rules of <c>PUT /rest/3/product-listing/{productId}</c> (reference: "Update Marketplace app listing"). The PUT
/// replaces the whole listing: "keep all other fields the same as the GET response", so an updatable field left out is
/// cleared. Non-updatable fields "must" carry the GET's values: one that is missing or changed is refused (the stricter
/// reading of "to avoid validation errors"). Errors are 400 VALIDATION_FAIL with a numeric status (a listing endpoint).
/// </summary>
internal static class AppListingValidator
{
    /// <summary>The reference's "Non-updatable fields" (revision is checked by the endpoint; titleLogoFileId below).</summary>
    private static readonly string[] ReadOnlyFields = ["appKey", "developerId", "enrolledPrograms", "approvalStatus", "hostingVisibility"];

    /// <summary>Fields only the GET shows ("productId, …, slug, cloudComplianceBoundary"): kept as they are, never sent.</summary>
    private static readonly string[] GetOnlyFields = ["slug", "cloudComplianceBoundary"];

    /// <summary>The fields of the reference's PUT example, in the order the GET shows them.</summary>
    private static readonly string[] BodyOrder =
    [
        "appKey", "developerId", "appName", "summary", "tagLine", "images", "tags", "communityEnabled", "developerLinks",
        "thirdPartyIntegrations", "enrolledPrograms", "legacyListingDetails", "state", "approvalStatus",
        "dataCenterReviewIssueKey", "hostingVisibility", "stateAfterApproval", "marketingLabels", "slug", "cloudComplianceBoundary",
    ];

    private static readonly string[] ImageFields = ["iconFileId", "titleLogoFileId", "bannerFileId"];
    private static readonly string[] DeveloperLinkFields = ["issueTracker", "supportTicketSystem", "appStatusPage", "forums", "privacy"];
    private static readonly string[] ThirdPartyFields = ["googleAnalyticsId", "googleAnalytics4Id", "segmentWriteKey", "jsdEmbeddedDataKey"];
    private static readonly string[] LegacyLinkFields = ["wikiLink", "sourceLink", "buildsLink"];

    /// <summary>States from which <c>stateAfterApproval</c> can no longer be modified (reference).</summary>
    private static readonly string[] LaunchedStates = ["PUBLIC", "READY_TO_LAUNCH"];

    /// <summary>docs/marketplace-api.md § Presence sections: "appName, at most 60 characters" (UTF-16 code units: the stricter count).</summary>
    public const int AppNameMaxLength = 60;

    private static readonly BodyFields Fields = new(ApiProblem.ListingValidation);

    /// <summary>The listing body after the PUT, or a 400 naming the first broken rule. Call with the store's lock held.</summary>
    public static JsonObject Apply(JsonObject put, AppListingEntry current, MarketplaceStore store)
    {
        // The fields, their types and enums are the contract's (ContractMiddleware has checked the body against
        // UpdateProductListingV3Request, which names no productId, slug or cloudComplianceBoundary); what is left here
        // are the rules that compare the PUT with the stored listing.
        var before = current.Body;
        foreach (var field in ReadOnlyFields)
        {
            RequireEchoed(field, before[field], put[field], required: true);
        }

        var state = StateAfter(JsonRead.String(before["state"]), put["state"]);
        if (LaunchedStates.Contains(JsonRead.String(before["state"])))
        {
            RequireEchoed("stateAfterApproval", before["stateAfterApproval"], put["stateAfterApproval"], required: true);
        }

        var after = new JsonObject();
        foreach (var field in BodyOrder)
        {
            var value = field switch
            {
                _ when ReadOnlyFields.Contains(field) || GetOnlyFields.Contains(field) => before[field]?.DeepClone(),
                "state" => JsonValue.Create(state),
                "appName" => JsonValue.Create(AppName(put["appName"])),
                "images" => Images(Fields.Object(put["images"], "images"), before["images"] as JsonObject, store),
                "tags" => Tags(Fields.Object(put["tags"], "tags"), before["tags"] as JsonObject),
                "communityEnabled" => Fields.Boolean(put[field], field) is { } enabled ? JsonValue.Create(enabled) : null,
                "developerLinks" => Section(put[field], field, urls: DeveloperLinkFields, texts: []),
                "thirdPartyIntegrations" => Section(put[field], field, urls: [], texts: ThirdPartyFields),
                "legacyListingDetails" => Section(put[field], field, urls: LegacyLinkFields, texts: ["description"]),
                "marketingLabels" => Fields.Strings(put[field], field) is { } labels ? new JsonArray(labels.Select(label => (JsonNode)JsonValue.Create(label)).ToArray()) : null,
                _ => Fields.Text(put[field], field) is { } text ? JsonValue.Create(text) : null,
            };
            if (value is not null)
            {
                after[field] = value;
            }
        }

        return after;
    }

    private static void RequireEchoed(string field, JsonNode? current, JsonNode? sent, bool required)
    {
        // A null member of the GET (hostingVisibility.server: null) is left out of the PUT: the request schema takes none.
        current = WithoutNulls(current);
        var missing = sent is null && current is not null;
        if ((missing && required) || (!missing && !JsonNode.DeepEquals(current, sent)))
        {
            throw ReadOnly(field);
        }
    }

    private static JsonNode? WithoutNulls(JsonNode? node) => node is JsonObject obj
        ? new JsonObject(obj.Where(property => property.Value is not null).Select(property => KeyValuePair.Create(property.Key, WithoutNulls(property.Value))))
        : node?.DeepClone();

    private static ApiProblem ReadOnly(string field) =>
        ApiProblem.ListingValidation($"{field} is not updatable", "Send the value of the last GET /rest/3/product-listing/{productId} unchanged");

    /// <summary>"Only transitioning the App Listing from PRIVATE to PUBLIC is available via this API."</summary>
    private static string StateAfter(string? current, JsonNode? sent)
    {
        var state = Fields.Text(sent, "state") ?? throw Fields.Fail("state is required", "Send the state of the last GET (or PUBLIC to publish a PRIVATE listing)");
        return state == current || (current == "PRIVATE" && state == "PUBLIC")
            ? state
            : throw Fields.Fail($"The state cannot change from {current} to {state} through the API", "Only PRIVATE to PUBLIC is allowed; other transitions are made in the Marketplace UI");
    }

    private static string AppName(JsonNode? node)
    {
        var name = Fields.Text(node, "appName");
        return name switch
        {
            null or { Length: 0 } => throw Fields.Fail("appName is required"),
            { Length: > AppNameMaxLength } => throw Fields.Fail($"appName is at most {AppNameMaxLength} characters", $"Got {name.Length}"),
            _ => name,
        };
    }

    /// <summary>
    /// iconFileId and bannerFileId must name images uploaded with the image type <c>icon</c> and <c>banner</c>
    /// (POST /rest/3/assets/images/{imageType}); titleLogoFileId is not updatable. An id equal to the current one is
    /// not checked again ([ours]: a seeded listing may name images the sandbox never saw uploaded).
    /// </summary>
    private static JsonObject? Images(JsonObject? sent, JsonObject? current, MarketplaceStore store)
    {
        RequireEchoed("images.titleLogoFileId", current?["titleLogoFileId"], sent?["titleLogoFileId"], required: true);
        if (sent is null)
        {
            return current?["titleLogoFileId"] is { } titleLogo ? new JsonObject { ["titleLogoFileId"] = titleLogo.DeepClone() } : null;
        }

        Fields.RequireKnown(sent, "images.", ImageFields);
        var result = new JsonObject();
        foreach (var (field, imageType) in (ReadOnlySpan<(string, string?)>)[("iconFileId", "icon"), ("titleLogoFileId", null), ("bannerFileId", "banner")])
        {
            if (Fields.Text(sent[field], $"images.{field}") is not { } imageId)
            {
                continue;
            }

            if (imageType is not null && imageId != JsonRead.String(current?[field])
                && !(store.Images.TryGetValue(imageId, out var image) && image.ImageType == imageType))
            {
                throw Fields.Fail(
                    $"images.{field} '{imageId}' is not an image of type {imageType}",
                    $"Upload it with POST /rest/3/assets/images/{imageType} and send the id it answers");
            }

            result[field] = imageId;
        }

        return result;
    }

    /// <summary>The PUT takes tags as plain strings; the stored (GET) form is <c>{id, name}</c> objects.</summary>
    private static JsonObject? Tags(JsonObject? sent, JsonObject? current)
    {
        if (sent is null)
        {
            return null;
        }

        Fields.RequireKnown(sent, "tags.", AppListingTags.Groups);
        var result = new JsonObject();
        foreach (var (group, values) in sent)
        {
            if (values is null)
            {
                continue;
            }

            var list = values as JsonArray ?? throw Fields.Fail($"tags.{group} must be an array of strings");
            result[group] = new JsonArray(list.Select((value, index) => JsonRead.String(value) is { Length: > 0 } id
                ? (JsonNode)AppListingTags.Tag(id, current, group)
                : throw Fields.Fail(
                    $"tags.{group}[{index}] must be a string",
                    "The PUT takes tags as plain strings (the ids); the GET shows them as {id, name} objects")).ToArray());
        }

        return result;
    }

    /// <summary>An object of texts, some of which must be absolute http(s) URLs.</summary>
    private static JsonObject? Section(JsonNode? node, string field, string[] urls, string[] texts)
    {
        if (Fields.Object(node, field) is not { } section)
        {
            return null;
        }

        Fields.RequireKnown(section, field + ".", [.. urls, .. texts]);
        var result = new JsonObject();
        foreach (var (name, value) in section)
        {
            var path = $"{field}.{name}";
            if ((urls.Contains(name) ? Fields.Url(value, path) : Fields.Text(value, path)) is { } text)
            {
                result[name] = text;
            }
        }

        return result;
    }
}
