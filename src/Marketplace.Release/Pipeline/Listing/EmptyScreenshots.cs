using System.Text.Json.Nodes;

namespace Marketplace.Release.Pipeline.Listing;

/// <summary>
/// The reference's listing GET examples show an instruction without a screenshot as <c>"screenshot": {}</c>, while
/// every listing write requires <c>imageId</c> inside a screenshot (docs/marketplace-api.md § Version listing:
/// <c>deploymentInstructions[{body, screenshot?}]</c>, <c>screenshot{imageId, caption}</c>). A body copied from a GET
/// (the publish PUT, <c>inherit: previous</c>) leaves such a screenshot out instead of sending the empty object
/// back (docs/marketplace-api.md § Frameworks and exactly-once creates).
/// </summary>
internal static class EmptyScreenshots
{
    /// <summary>Removes, in place, every <c>screenshot</c> of <paramref name="node"/> that is an object without an <c>imageId</c>.</summary>
    public static T Drop<T>(T node)
        where T : JsonNode
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["screenshot"] is JsonObject screenshot && screenshot["imageId"] is null)
                {
                    obj.Remove("screenshot");
                }

                foreach (var child in obj.Select(pair => pair.Value).OfType<JsonNode>().ToList())
                {
                    Drop(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>().ToList())
                {
                    Drop(child);
                }

                break;
        }

        return node;
    }
}
