using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>The product named by the route's <c>{productId}</c>, for the app listing, migration and privacy endpoints.</summary>
internal static class ProductLookup
{
    /// <summary>404 NOT_FOUND for an unknown product, 403 (no body) for one the caller may not see. Call with the store's lock held.</summary>
    public static ProductEntry Require(HttpContext context, MarketplaceStore store, ErrorStatusStyle style)
    {
        var productId = EndpointKit.Route(context, "productId");
        if (!store.Presence.Products.TryGetValue(productId, out var product))
        {
            throw new ApiProblem(404, "NOT_FOUND", "Product not found", style == ErrorStatusStyle.String ? $"No app with productId '{productId}'" : null);
        }

        return product.IsVisibleTo(SandboxItems.User(context)) ? product : throw ApiProblem.Forbidden();
    }
}
