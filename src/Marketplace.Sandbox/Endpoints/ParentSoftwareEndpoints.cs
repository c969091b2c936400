using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>Product versions to build numbers (and back), from the seed's <c>parentSoftware</c>.</summary>
internal static class ParentSoftwareEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox)
    {
        routes.MapGet("/rest/3/parent-software/{parentSoftwareId}/versions/number/{versionNumber}", EndpointKit.Handle(context => Find(context, sandbox,
            version => version.VersionNumber == EndpointKit.Route(context, "versionNumber"))));
        routes.MapGet("/rest/3/parent-software/{parentSoftwareId}/versions/build/{buildNumber}", EndpointKit.Handle(context => Find(context, sandbox,
            version => version.BuildNumber.ToString(CultureInfo.InvariantCulture) == EndpointKit.Route(context, "buildNumber"))));
    }

    private static Task Find(HttpContext context, SandboxContext sandbox, Func<ParentSoftwareVersionEntry, bool> matches)
    {
        var parent = EndpointKit.Route(context, "parentSoftwareId");
        var version = sandbox.Store.ParentSoftwareVersions.FirstOrDefault(entry => string.Equals(entry.ParentSoftwareId, parent, StringComparison.OrdinalIgnoreCase) && matches(entry))
            ?? throw ApiProblem.NotFound("Parent software version not found", "NOT_FOUND");
        return JsonResponses.WriteAsync(context, 200, new JsonObject
        {
            ["buildNumber"] = version.BuildNumber,
            ["versionNumber"] = version.VersionNumber,
            ["hosting"] = new JsonArray(version.Hosting.Select(hosting => (JsonNode)JsonValue.Create(hosting)).ToArray()),
            ["state"] = "active",
            ["revision"] = 1,
        });
    }
}
