using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// Product versions to build numbers (and back), and the paginated list of a product's versions, from the seed's
/// <c>parentSoftware</c> (docs/marketplace-api.md § Parent software). Each version reads as docs/marketplace-api.md § Parent software shows one:
/// <c>{buildNumber, versionNumber, hosting[], state, revision}</c>.
/// </summary>
internal static class ParentSoftwareEndpoints
{
    private const string Versions = "/rest/3/parent-software/{parentSoftwareId}/versions";

    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox)
    {
        routes.MapGet("/rest/3/parent-software", EndpointKit.Handle(context => ListProductsAsync(context, sandbox)));
        routes.MapGet(Versions, EndpointKit.Handle(context => ListAsync(context, sandbox)));
        routes.MapGet(Versions + "/number/{versionNumber}", EndpointKit.Handle(context => Find(context, sandbox,
            version => version.VersionNumber == EndpointKit.Route(context, "versionNumber"))));
        routes.MapGet(Versions + "/build/{buildNumber}", EndpointKit.Handle(context => Find(context, sandbox,
            version => version.BuildNumber.ToString(CultureInfo.InvariantCulture) == EndpointKit.Route(context, "buildNumber"))));
    }

    /// <summary>
    /// Newest build number first, cursor paginated like the other lists (limit 1..50, default 25: the collection's
    /// description), with <c>links.next</c> a relative path absent on the last page. The reference shows no example
    /// body; the sandbox answers the shape of the app software versions list ([ours]): <c>{links, versions, totalCount}</c>.
    /// Every state is listed: a client choosing "the newest active version" must filter by <c>state</c> and <c>hosting</c> itself.
    /// </summary>
    private static Task ListAsync(HttpContext context, SandboxContext sandbox)
    {
        var versions = VersionsOf(sandbox, EndpointKit.Route(context, "parentSoftwareId"));
        var (page, links) = Pagination.Page(context, versions.OrderByDescending(version => version.BuildNumber), version => version.BuildNumber, ErrorStatusStyle.String);
        return JsonResponses.WriteAsync(context, 200, new JsonObject
        {
            ["links"] = links,
            ["versions"] = new JsonArray(page.Select(version => (JsonNode)Render(version)).ToArray()),
            ["totalCount"] = versions.Count,
        });
    }

    /// <summary>
    /// <c>GET /rest/3/parent-software</c>: the products the seed holds versions of, as <c>{links, parentSoftware}</c> with
    /// each <c>{id, developerId, name, hostingOptions: [{hosting}], state, revision}</c>, cursor paginated (limit 1..50,
    /// default 25). [ours] Ordered by id; the names are the live API's (<c>jira</c> is "Jira").
    /// </summary>
    private static Task ListProductsAsync(HttpContext context, SandboxContext sandbox)
    {
        List<JsonObject> products;
        lock (sandbox.Store.Gate)
        {
            products = sandbox.Store.ParentSoftwareVersions
                .GroupBy(version => version.ParentSoftwareId, StringComparer.OrdinalIgnoreCase)
                .OrderBy(group => group.Key, StringComparer.OrdinalIgnoreCase)
                .Select(group => new JsonObject
                {
                    ["id"] = group.Key,
                    ["developerId"] = "Atlassian",
                    ["name"] = ParentSoftwareNames.Of(group.Key),
                    ["hostingOptions"] = new JsonArray(group.SelectMany(version => version.Hosting).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                        .Select(hosting => (JsonNode)new JsonObject { ["hosting"] = hosting }).ToArray()),
                    ["state"] = "active",
                    ["revision"] = 1,
                })
                .ToList();
        }

        // The cursor pages by a descending key: the products' positions counted from the end.
        var keyed = products.Select((product, index) => (Key: (long)(products.Count - index), Product: product));
        var (page, links) = Pagination.Page(context, keyed, item => item.Key, ErrorStatusStyle.String);
        return JsonResponses.WriteAsync(context, 200, new JsonObject
        {
            ["links"] = links,
            ["parentSoftware"] = new JsonArray(page.Select(item => (JsonNode)item.Product).ToArray()),
        });
    }

    private static Task Find(HttpContext context, SandboxContext sandbox, Func<ParentSoftwareVersionEntry, bool> matches)
    {
        var version = VersionsOf(sandbox, EndpointKit.Route(context, "parentSoftwareId")).FirstOrDefault(matches)
            ?? throw ApiProblem.NotFound("Parent software version not found", "NOT_FOUND");
        return JsonResponses.WriteAsync(context, 200, Render(version));
    }

    /// <summary>The versions of one product; 404 when the sandbox knows no such product.</summary>
    private static List<ParentSoftwareVersionEntry> VersionsOf(SandboxContext sandbox, string parentSoftwareId)
    {
        var versions = sandbox.Store.ParentSoftwareVersions
            .Where(entry => string.Equals(entry.ParentSoftwareId, parentSoftwareId, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return versions.Count > 0 ? versions : throw ApiProblem.NotFound($"Parent software '{parentSoftwareId}' not found", "NOT_FOUND");
    }

    private static JsonObject Render(ParentSoftwareVersionEntry version) => new()
    {
        ["buildNumber"] = version.BuildNumber,
        ["versionNumber"] = version.VersionNumber,
        ["hosting"] = new JsonArray(version.Hosting.Select(hosting => (JsonNode)JsonValue.Create(hosting)).ToArray()),
        ["state"] = version.State,
        ["revision"] = 1,
    };
}
