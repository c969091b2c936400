using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// <c>GET</c> and <c>PUT /rest/3/product-listing/{productId}</c>: the app-level listing (name, summary, tagline, images,
/// tags, links, …). The PUT needs the <c>revision</c> of the last GET: a stale one is 400 VALIDATION_FAIL "Revision
/// mismatch" ([ours]: as on version listings, docs/marketplace-api.md § Version listing; the reference only calls revision
/// "system-managed … for conflict resolution"); every accepted PUT increments it. [ours] The PUT answers 200 with the
/// listing as the GET now shows it.
/// </summary>
internal static class AppListingEndpoints
{
    private const string Path = "/rest/3/product-listing/{productId}";
    private const ErrorStatusStyle Style = ErrorStatusStyle.Number;

    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox)
    {
        routes.MapGet(Path, EndpointKit.Handle(context => GetAsync(context, sandbox), Style));
        routes.MapPut(Path, EndpointKit.Handle(context => UpdateAsync(context, sandbox), Style));
    }

    private static Task GetAsync(HttpContext context, SandboxContext sandbox)
    {
        JsonObject result;
        lock (sandbox.Store.Gate)
        {
            var product = ProductLookup.Require(context, sandbox.Store, Style);
            result = product.Listing.Render(product.ProductId);
        }

        return JsonResponses.WriteAsync(context, 200, result);
    }

    private static async Task UpdateAsync(HttpContext context, SandboxContext sandbox)
    {
        RequestMediaType.Require(context, RequestMediaType.Json, Style);
        var body = await JsonRead.ObjectBodyAsync(context, message => ApiProblem.ListingValidation(message));
        var revision = JsonRead.Integer(body["revision"]) ?? throw ApiProblem.ListingValidation("revision is required: the revision of the last GET");
        var store = sandbox.Store;
        JsonObject result;
        lock (store.Gate)
        {
            var product = ProductLookup.Require(context, store, Style);
            var listing = product.Listing;
            if (revision != listing.Revision)
            {
                throw ApiProblem.ListingValidation("Revision mismatch", $"The current revision is {listing.Revision}, the request sent {revision}");
            }

            listing.Body = AppListingValidator.Apply(body, listing, store);
            listing.Revision++;
            result = listing.Render(product.ProductId);
        }

        await JsonResponses.WriteAsync(context, 200, result);
    }
}
