using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>List, read, create and replace the versions of an app software.</summary>
internal static class VersionEndpoints
{
    private const string Versions = "/rest/3/app-software/{appSoftwareId}/versions";

    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox)
    {
        routes.MapGet(Versions, EndpointKit.Handle(context => ListAsync(context, sandbox)));
        routes.MapPost(Versions, EndpointKit.Handle(context => CreateAsync(context, sandbox)));
        routes.MapGet(Versions + "/{buildNumber}", EndpointKit.Handle(context => GetAsync(context, sandbox)));
        routes.MapPut(Versions + "/{buildNumber}", EndpointKit.Handle(context => UpdateAsync(context, sandbox)));
    }

    private static Task ListAsync(HttpContext context, SandboxContext sandbox)
    {
        JsonObject result;
        lock (sandbox.Store.Gate)
        {
            var software = sandbox.RequireAppSoftware(context, ErrorStatusStyle.String);
            var (page, links) = Pagination.Page(context, software.Versions.Values.Reverse(), version => version.BuildNumber, ErrorStatusStyle.String);
            result = new JsonObject
            {
                ["links"] = links,
                ["versions"] = new JsonArray(page.Select(version => (JsonNode)sandbox.Store.RenderVersion(version)).ToArray()),
                ["totalCount"] = software.Versions.Count,
            };
        }

        return JsonResponses.WriteAsync(context, 200, result);
    }

    private static Task GetAsync(HttpContext context, SandboxContext sandbox)
    {
        JsonObject result;
        lock (sandbox.Store.Gate)
        {
            var software = sandbox.RequireAppSoftware(context, ErrorStatusStyle.String);
            result = sandbox.Store.RenderVersion(SandboxContext.RequireVersion(context, software, ErrorStatusStyle.String));
        }

        return JsonResponses.WriteAsync(context, 200, result);
    }

    private static async Task CreateAsync(HttpContext context, SandboxContext sandbox)
    {
        var body = await JsonRead.ObjectBodyAsync(context, message => ApiProblem.Validation(message));
        var store = sandbox.Store;
        var frameworkId = VersionValidator.Validate(body, update: false, store);
        string location;
        lock (store.Gate)
        {
            var software = sandbox.RequireAppSoftware(context, ErrorStatusStyle.String);
            RequireUsableArtifact(store, body);

            long buildNumber;
            if (frameworkId is "connect" or "forge")
            {
                // The server numbers connect and forge versions itself (docs/marketplace-api.md § Versions): the next build number
                // of this app software; a connect version's number is 1.0.<build> ([ours]). The 201's Location names it.
                buildNumber = software.Versions.Count == 0 ? 1 : software.Versions.Keys.Max() + 1;
                body["buildNumber"] = buildNumber;
                if (frameworkId == "connect")
                {
                    body["versionNumber"] = "1.0." + buildNumber.ToString(CultureInfo.InvariantCulture);
                }
            }
            else
            {
                buildNumber = JsonRead.Integer(body["buildNumber"])!.Value;
            }

            if (software.Versions.ContainsKey(buildNumber))
            {
                throw ApiProblem.Validation("Build number already exists", $"Version with build number {buildNumber} already exists in app software {software.Id}");
            }

            software.Versions.Add(buildNumber, new VersionEntry(buildNumber, body, "draft", store.Now, SandboxItems.User(context)));
            location = $"/rest/3/app-software/{software.Id}/versions/{buildNumber}";
        }

        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.Headers.Location = location;
    }

    private static async Task UpdateAsync(HttpContext context, SandboxContext sandbox)
    {
        var body = await JsonRead.ObjectBodyAsync(context, message => ApiProblem.Validation(message));
        var store = sandbox.Store;
        VersionValidator.Validate(body, update: true, store);
        lock (store.Gate)
        {
            var software = sandbox.RequireAppSoftware(context, ErrorStatusStyle.String);
            var version = SandboxContext.RequireVersion(context, software, ErrorStatusStyle.String);
            store.SettleApproval(version);
            VersionUpdateRules.Check(body, version);
            body = VersionUpdateRules.Apply(body, version);
            version.Body = body;
            version.Revision++;
        }

        // The contract's 200 for the version PUT has no content: the client reads the version again when it needs it.
        context.Response.StatusCode = 200;
    }

    /// <summary>
    /// A plugin or workflow version needs its artifact (<c>artifactId</c>), a connect version its descriptor
    /// (<c>descriptorId</c>), uploaded or fetched and processed. docs/marketplace-api.md § Versions names a connect version's
    /// descriptor by <c>descriptorId</c> beside the artifacts' ids; the reference's example id ("descriptor-123")
    /// names no artifact, and the stricter reading requires one this Marketplace holds, so a client can find the
    /// version again by the descriptor artifact's <c>sha512</c> checksum. Call with the lock held.
    /// </summary>
    private static void RequireUsableArtifact(MarketplaceStore store, JsonObject body)
    {
        var attributes = body["frameworkDetails"]?["attributes"];
        var artifactId = JsonRead.String(body["frameworkDetails"]?["frameworkId"]) switch
        {
            "plugin" or "workflow" => JsonRead.String(attributes?["artifactId"]),
            "connect" => JsonRead.String(attributes?["descriptorId"]),
            _ => null,
        };
        if (artifactId is null)
        {
            return;
        }

        if (!store.Artifacts.TryGetValue(artifactId, out var artifact))
        {
            throw ApiProblem.Validation("Artifact not found", $"No artifact with id '{artifactId}'");
        }

        switch (store.ArtifactStatus(artifact))
        {
            case ("PROCESSING", _):
                throw ApiProblem.Validation("Artifact is still being processed", $"Artifact '{artifactId}' is not processed yet; poll GET /rest/3/artifacts/{artifactId}");
            case ("FAILED", var reason):
                throw ApiProblem.Validation("Artifact processing failed", reason);
        }
    }
}
