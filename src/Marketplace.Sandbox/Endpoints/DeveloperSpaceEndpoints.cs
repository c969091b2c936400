using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// <c>GET /rest/3/product-listing/developer-space/{developerId}?limit=&amp;cursor=&amp;includePrivate=</c>: the app
/// listings of a developer space (reference: "Get Marketplace app listings for a developer", query parameters
/// <c>limit</c>, <c>cursor</c>, <c>includePrivate</c>). Cursor pagination with <c>links.next</c> a relative path
/// string, absent on the last page (docs/marketplace-api.md § Pagination); there is no offset. Without <c>includePrivate=true</c>
/// only PUBLIC listings are served.
/// [ours] The body is <c>{"links": {"self", "next"?}, "items": [listing, …]}</c> (the reference shows no response),
/// each item the listing as <c>GET /rest/3/product-listing/{productId}</c> answers it; items are ordered by productId;
/// the page size is the seed's <c>developerSpacePageSize</c>, which also caps <c>limit</c>; a developer space with no
/// app in the sandbox is 404. Errors write their status as a number (a listing endpoint, docs/marketplace-api.md § Errors).
/// </summary>
internal static class DeveloperSpaceEndpoints
{
    private const ErrorStatusStyle Style = ErrorStatusStyle.Number;
    private const string CursorPrefix = "after:";

    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox) =>
        routes.MapGet("/rest/3/product-listing/developer-space/{developerId}", EndpointKit.Handle(context => ListAsync(context, sandbox), Style));

    private static Task ListAsync(HttpContext context, SandboxContext sandbox)
    {
        var developerId = EndpointKit.Route(context, "developerId");
        var includePrivate = IncludePrivate(context);
        var after = Cursor(context);
        var store = sandbox.Store;
        JsonObject result;
        lock (store.Gate)
        {
            var limit = Math.Min(Limit(context, store.Presence.DeveloperSpacePageSize), store.Presence.DeveloperSpacePageSize);
            var user = SandboxItems.User(context);
            var space = store.Presence.Products.Values.Where(product => string.Equals(product.DeveloperId, developerId, StringComparison.OrdinalIgnoreCase)).ToList();
            if (space.Count == 0)
            {
                throw new ApiProblem(404, "NOT_FOUND", "Developer space not found");
            }

            var remaining = space
                .Where(product => product.IsVisibleTo(user) && (includePrivate || product.Listing.State == "PUBLIC"))
                .OrderBy(product => product.ProductId, StringComparer.OrdinalIgnoreCase)
                .Where(product => after is null || StringComparer.OrdinalIgnoreCase.Compare(product.ProductId, after) > 0)
                .ToList();
            var page = remaining.Take(limit).ToList();
            var path = "/rest/3" + context.Request.Path.Value!["/marketplace/rest/3".Length..];
            var links = new JsonObject { ["self"] = path + context.Request.QueryString.Value };
            if (remaining.Count > page.Count)
            {
                var query = QueryString.Create([
                    new KeyValuePair<string, string?>("limit", limit.ToString(CultureInfo.InvariantCulture)),
                    new KeyValuePair<string, string?>("cursor", Base64Url.EncodeToString(Encoding.UTF8.GetBytes(CursorPrefix + page[^1].ProductId))),
                ]);
                if (includePrivate)
                {
                    query = query.Add("includePrivate", "true");
                }

                links["next"] = path + query.Value;
            }

            result = new JsonObject
            {
                ["links"] = links,
                ["items"] = new JsonArray(page.Select(product => (JsonNode)product.Listing.Render(product.ProductId)).ToArray()),
            };
        }

        return JsonResponses.WriteAsync(context, 200, result);
    }

    private static bool IncludePrivate(HttpContext context) => context.Request.Query["includePrivate"].ToString() switch
    {
        "" or "false" => false,
        "true" => true,
        var other => throw ApiProblem.ListingValidation($"includePrivate must be true or false, not '{other}'"),
    };

    /// <summary>[ours] 1..50 as on versions (docs/marketplace-api.md § Pagination); the default is the sandbox's page size.</summary>
    private static int Limit(HttpContext context, int pageSize)
    {
        var text = context.Request.Query["limit"].ToString();
        if (text.Length == 0)
        {
            return pageSize;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= 50
            ? limit
            : throw ApiProblem.ListingValidation($"limit must be an integer from 1 to 50, not '{text}'");
    }

    private static string? Cursor(HttpContext context)
    {
        var text = context.Request.Query["cursor"].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            if (decoded.StartsWith(CursorPrefix, StringComparison.Ordinal) && decoded.Length > CursorPrefix.Length)
            {
                return decoded[CursorPrefix.Length..];
            }
        }
        catch (FormatException)
        {
        }

        throw ApiProblem.ListingValidation($"'{text}' is not a cursor this API issued");
    }
}
