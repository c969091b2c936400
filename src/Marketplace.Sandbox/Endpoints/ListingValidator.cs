using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// The shape rules of a version listing body (docs/marketplace-api.md § Version listing): <c>state</c> required, highlights exactly
/// three when present, image references well formed. Whether the referenced images exist is checked against the
/// state later. Unknown fields are refused by name ([ours]), as for versions.
/// </summary>
internal static class ListingValidator
{
    private static readonly string[] ContentFields = ["screenshots", "highlights", "moreDetails", "heroImage", "youtubeId", "deploymentInstructions", "developerLinks"];

    /// <summary>Fields a GET returns that a PUT built from it may carry back; ignored.</summary>
    private static readonly string[] ReadOnlyFields = ["approvalDetails", "buildNumber", "appSoftwareId"];

    private static readonly string[] DeveloperLinkFields = ["documentation", "learnMore", "eula", "purchase", "bonTermsSupported", "partnerSpecificTerms"];

    private static readonly string[] LinkFields = ["documentation", "learnMore", "eula", "purchase"];

    public static readonly string[] ApprovalStatuses = ["UNINITIATED", "SUBMITTED", "PENDING_REVIEW", "APPROVED", "REJECTED"];

    /// <summary>
    /// Validates a POST or PUT body and splits it into the content fields, the state and the image ids it refers to
    /// (each with the field path it came from).
    /// </summary>
    public static (JsonObject Content, string State, List<(string ImageId, string Field)> Images) Validate(JsonObject body, bool update)
    {
        var content = new JsonObject();
        string? state = null;
        foreach (var (name, value) in body)
        {
            if (value is null)
            {
                continue;
            }

            if (ContentFields.Contains(name))
            {
                content[name] = value.DeepClone();
            }
            else if (name == "state")
            {
                state = JsonRead.String(value);
            }
            else if (!(update && (name is "approvalStatus" or "revision" || ReadOnlyFields.Contains(name))))
            {
                throw Fail($"Unknown field '{name}'");
            }
        }

        if (state is not ("PUBLIC" or "PRIVATE"))
        {
            throw Fail("state is required: PUBLIC or PRIVATE");
        }

        var images = new List<(string, string)>();
        if (content["screenshots"] is { } screenshots)
        {
            var list = screenshots as JsonArray ?? throw Fail("screenshots must be an array");
            for (var index = 0; index < list.Count; index++)
            {
                images.Add((ImageId(list[index]?["imageId"], $"screenshots[{index}].imageId", required: true)!, $"screenshots[{index}].imageId"));
                Text(list[index]?["caption"], $"screenshots[{index}].caption");
            }
        }

        if (content["highlights"] is { } highlights)
        {
            if (highlights is not JsonArray list || list.Count != 3)
            {
                throw Fail("highlights must be exactly 3 when present", $"Got {(highlights as JsonArray)?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "a non-array"}; omit the field for none");
            }

            for (var index = 0; index < list.Count; index++)
            {
                var highlight = list[index] as JsonObject ?? throw Fail($"highlights[{index}] must be an object");
                if (Text(highlight["title"], $"highlights[{index}].title") is not { Length: > 0 })
                {
                    throw Fail($"highlights[{index}].title is required");
                }

                Text(highlight["caption"], $"highlights[{index}].caption");
                Text(highlight["summary"], $"highlights[{index}].summary");
                var screenshot = highlight["screenshot"] as JsonObject ?? throw Fail($"highlights[{index}].screenshot is required (an object with imageId)");
                images.Add((ImageId(screenshot["imageId"], $"highlights[{index}].screenshot.imageId", required: true)!, $"highlights[{index}].screenshot.imageId"));
                Text(screenshot["caption"], $"highlights[{index}].screenshot.caption");
                if (ImageId(highlight["thumbnail"], $"highlights[{index}].thumbnail", required: false) is { } thumbnail)
                {
                    images.Add((thumbnail, $"highlights[{index}].thumbnail"));
                }
            }
        }

        Text(content["moreDetails"], "moreDetails");
        Text(content["youtubeId"], "youtubeId");
        if (ImageId(content["heroImage"], "heroImage", required: false) is { } hero)
        {
            images.Add((hero, "heroImage"));
        }

        if (content["deploymentInstructions"] is { } instructions)
        {
            var list = instructions as JsonArray ?? throw Fail("deploymentInstructions must be an array");
            for (var index = 0; index < list.Count; index++)
            {
                if (Text(list[index]?["body"], $"deploymentInstructions[{index}].body") is null)
                {
                    throw Fail($"deploymentInstructions[{index}].body is required");
                }

                // The screenshot is optional, but when present its imageId is required (docs/marketplace-api.md § Version listing:
                // screenshot{imageId, caption}). The GET examples show an instruction without one as "screenshot": {};
                // sent back, that is an object lacking its required field, and is refused (the stricter reading).
                if (list[index]?["screenshot"] is { } screenshot)
                {
                    var field = $"deploymentInstructions[{index}].screenshot";
                    _ = screenshot as JsonObject ?? throw Fail($"{field} must be an object with imageId");
                    images.Add((ImageId(screenshot["imageId"], field + ".imageId", required: true)!, field + ".imageId"));
                    Text(screenshot["caption"], field + ".caption");
                }
            }
        }

        if (content["developerLinks"] is { } links)
        {
            var linkObject = links as JsonObject ?? throw Fail("developerLinks must be an object");
            foreach (var (name, value) in linkObject)
            {
                if (!DeveloperLinkFields.Contains(name))
                {
                    throw Fail($"Unknown field 'developerLinks.{name}'", $"Known: {string.Join(", ", DeveloperLinkFields)}");
                }

                var valid = value is null || (name == "bonTermsSupported" ? JsonRead.Boolean(value) is not null : JsonRead.String(value) is not null);
                if (!valid)
                {
                    throw Fail($"developerLinks.{name} has the wrong type");
                }

                // documentation, learnMore, eula and purchase are links (every reference example is an absolute
                // https URL); partnerSpecificTerms is free text ("Custom partner terms and conditions apply" in
                // the v3 reference's version listing example; docs/marketplace-api.md § Version listing) and bonTermsSupported a boolean.
                if (value is not null && LinkFields.Contains(name) && !FrameworkAttributesValidator.IsHttpUrl(JsonRead.String(value)))
                {
                    throw Fail($"developerLinks.{name} must be an absolute http(s) URL", $"Got '{JsonRead.String(value)}'");
                }
            }
        }

        return (content, state, images);
    }

    private static string? Text(JsonNode? node, string field) =>
        node is null ? null : JsonRead.String(node) ?? throw Fail($"{field} must be a string");

    private static string? ImageId(JsonNode? node, string field, bool required)
    {
        if (node is null)
        {
            return required ? throw Fail($"{field} is required") : null;
        }

        // Image ids are opaque text: the reference's own examples are no UUIDs (MediaV3Response.id
        // "img-12345-abcdef-67890-ghijkl", heroImage "h1e2r3o4-i5m6-…"), so any non-empty id is taken.
        return JsonRead.String(node) is { Length: > 0 } id
            ? id
            : throw Fail($"{field} must be an image id string");
    }

    private static ApiProblem Fail(string message, string? detail = null) => ApiProblem.ListingValidation(message, detail);
}
