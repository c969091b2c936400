using System.Text.Json.Nodes;
using Marketplace.Sandbox.State;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>The products for <c>GET /__sandbox/state</c>: each with its listing, migration record and privacy answers.</summary>
internal static class PresenceDump
{
    /// <summary>Call with the store's lock held.</summary>
    public static JsonArray Products(MarketplaceStore store) => new(store.Presence.Products.Values
        .OrderBy(product => product.ProductId, StringComparer.OrdinalIgnoreCase)
        .Select(product => (JsonNode)new JsonObject
        {
            ["productId"] = product.ProductId,
            ["appKey"] = product.AppKey,
            ["developerId"] = product.DeveloperId,
            ["appListing"] = product.Listing.Render(product.ProductId),
            ["cloudMigration"] = product.Migration?.Render(product),
            ["privacySecurity"] = new JsonObject
            {
                ["live"] = product.Privacy.Live?.DeepClone(),
                ["draft"] = product.Privacy.Draft?.DeepClone(),
                ["publishCount"] = product.Privacy.PublishCount,
            },
        })
        .ToArray());
}
