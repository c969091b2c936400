using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary><c>GET /rest/3/app-software/app-key/{appKey}?hosting=</c>: the app software ids of an app, one per hosting.</summary>
internal static class AppSoftwareEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox) =>
        routes.MapGet("/rest/3/app-software/app-key/{appKey}", EndpointKit.Handle(context => ByAppKeyAsync(context, sandbox)));

    private static Task ByAppKeyAsync(HttpContext context, SandboxContext sandbox)
    {
        var appKey = EndpointKit.Route(context, "appKey");
        var hosting = context.Request.Query["hosting"].ToString();
        if (hosting.Length > 0 && hosting is not ("cloud" or "server" or "datacenter"))
        {
            throw ApiProblem.InvalidParameter($"hosting must be cloud, server or datacenter, not '{hosting}'");
        }

        JsonArray result;
        lock (sandbox.Store.Gate)
        {
            var software = sandbox.Store.AppSoftware.Values.Where(entry => string.Equals(entry.AppKey, appKey, StringComparison.Ordinal)).ToList();
            if (software.Count == 0)
            {
                throw new ApiProblem(404, "APP_KEY_NOT_FOUND", "App not found", $"No app with key '{appKey}'");
            }

            if (!software.Exists(entry => entry.IsVisibleTo(SandboxItems.User(context))))
            {
                throw ApiProblem.Forbidden();
            }

            // An app without software on the asked hosting answers an empty array, not 404: the app exists.
            result = new JsonArray(software
                .Where(entry => hosting.Length == 0 || entry.Hosting == hosting)
                .Select(entry => (JsonNode)new JsonObject
                {
                    ["appSoftwareId"] = entry.Id,
                    ["hosting"] = entry.Hosting,
                    ["complianceBoundaries"] = entry.ComplianceBoundaries is null ? null : new JsonArray(entry.ComplianceBoundaries.Select(value => (JsonNode)JsonValue.Create(value)).ToArray()),
                })
                .ToArray());
        }

        return JsonResponses.WriteAsync(context, 200, result);
    }
}
