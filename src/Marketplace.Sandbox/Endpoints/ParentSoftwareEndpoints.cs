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
/// <c>parentSoftware</c> (postman-collection.json, "Parent software"). Each version reads as v3-facts shows one:
/// <c>{buildNumber, versionNumber, hosting[], state, revision}</c>.
/// </summary>
internal static class ParentSoftwareEndpoints
{
    private const string Versions = "/rest/3/parent-software/{parentSoftwareId}/versions";

    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox)
    {
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
