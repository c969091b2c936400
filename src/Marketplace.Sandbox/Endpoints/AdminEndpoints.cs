using System.Text.Json.Nodes;
using Marketplace.Sandbox.Faults;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// Run-time control for people running <c>marketplace-release sandbox</c>: inspect the state and the request log,
/// add and clear faults. No authentication: the server listens on 127.0.0.1 only.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox, Func<IReadOnlyList<RecordedRequest>> requests)
    {
        routes.MapGet("/__sandbox/state", EndpointKit.Handle(context => JsonResponses.WriteAsync(context, 200, StateDump(sandbox))));
        routes.MapGet("/__sandbox/faults", EndpointKit.Handle(context =>
            JsonResponses.WriteAsync(context, 200, new JsonArray(sandbox.Faults.Rules.Select(rule => (JsonNode)FaultRuleJson.Render(rule)).ToArray()))));
        routes.MapPost("/__sandbox/faults", EndpointKit.Handle(context => AddFaultsAsync(context, sandbox)));
        routes.MapDelete("/__sandbox/faults", EndpointKit.Handle(context =>
        {
            sandbox.Faults.Clear();
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }));
        routes.MapPost("/__sandbox/processing-failures", EndpointKit.Handle(context => AddProcessingFailureAsync(context, sandbox)));
        routes.MapDelete("/__sandbox/processing-failures", EndpointKit.Handle(context =>
        {
            sandbox.Faults.ClearProcessingFailures();
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }));
        routes.MapGet("/__sandbox/requests", EndpointKit.Handle(context => JsonResponses.WriteAsync(context, 200, new JsonArray(requests()
            .Select(request => (JsonNode)new JsonObject
            {
                ["method"] = request.Method,
                ["path"] = request.PathAndQuery,
                ["status"] = request.StatusCode,
                ["fault"] = request.Fault,
                ["time"] = MarketplaceStore.Timestamp(request.TimeUtc),
            })
            .ToArray()))));
    }

    /// <summary>Body: one rule object or an array of them (the seed's <c>faults</c> entries, as JSON).</summary>
    private static async Task AddFaultsAsync(HttpContext context, SandboxContext sandbox)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var items = body switch
        {
            JsonArray array => array.ToList(),
            JsonObject single => [single],
            _ => throw ApiProblem.Validation("Send a fault rule object or an array of them"),
        };
        var rules = new List<FaultRule>();
        foreach (var item in items)
        {
            try
            {
                rules.Add(FaultRuleJson.Parse(item as JsonObject ?? throw new FormatException("A fault rule is an object")));
            }
            catch (FormatException exception)
            {
                throw ApiProblem.Validation(exception.Message);
            }
        }

        foreach (var rule in rules)
        {
            sandbox.Faults.Add(rule);
        }

        await JsonResponses.WriteAsync(context, 201, new JsonArray(rules.Select(rule => (JsonNode)FaultRuleJson.Render(rule)).ToArray()));
    }

    /// <summary>Body: <c>{"fileName": "*-broken.jar"}</c> or <c>{"artifactId": "…"}</c>, optional <c>"reason"</c>.</summary>
    private static async Task AddProcessingFailureAsync(HttpContext context, SandboxContext sandbox)
    {
        var body = await JsonRead.ObjectBodyAsync(context, message => ApiProblem.Validation(message));
        var reason = JsonRead.String(body["reason"]) ?? FaultInjector.DefaultFailureReason;
        if (JsonRead.String(body["fileName"]) is { } pattern)
        {
            sandbox.Faults.FailProcessing(pattern, reason);
        }
        else if (JsonRead.String(body["artifactId"]) is { } artifactId)
        {
            sandbox.Faults.FailArtifact(artifactId, reason);
        }
        else
        {
            throw ApiProblem.Validation("Send {\"fileName\": pattern} or {\"artifactId\": id}");
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static JsonObject StateDump(SandboxContext sandbox)
    {
        var store = sandbox.Store;
        lock (store.Gate)
        {
            return new JsonObject
            {
                ["appSoftware"] = new JsonArray(store.AppSoftware.Values.Select(software => (JsonNode)new JsonObject
                {
                    ["appSoftwareId"] = software.Id,
                    ["appKey"] = software.AppKey,
                    ["hosting"] = software.Hosting,
                    ["versions"] = new JsonArray(software.Versions.Values.Select(version =>
                    {
                        var json = store.RenderVersion(version);
                        json["listing"] = version.Listing is null ? null : store.RenderListing(software, version, version.Listing);
                        return (JsonNode)json;
                    }).ToArray()),
                }).ToArray()),
                ["artifacts"] = new JsonArray(store.Artifacts.Values.Select(artifact =>
                {
                    var json = store.RenderArtifact(artifact);
                    json["uploadedBy"] = artifact.UploadedBy;
                    json["uploadedAt"] = MarketplaceStore.Timestamp(artifact.UploadedAt);
                    json["versionCount"] = store.VersionsUsing(artifact.Id);
                    return (JsonNode)json;
                }).ToArray()),
                ["artifactUploadCount"] = store.ArtifactUploadCount,
                ["products"] = PresenceDump.Products(store),
                ["images"] = new JsonArray(store.Images.Values.Select(image => (JsonNode)new JsonObject
                {
                    ["id"] = image.Id,
                    ["type"] = image.ImageType,
                    ["name"] = image.Name,
                    ["mimeType"] = image.MimeType,
                    ["size"] = image.Size,
                }).ToArray()),
                ["faults"] = new JsonArray(sandbox.Faults.Rules.Select(rule => (JsonNode)FaultRuleJson.Render(rule)).ToArray()),
                ["settings"] = new JsonObject
                {
                    ["processingDelayMs"] = store.Settings.ProcessingDelay.TotalMilliseconds,
                    ["processingForm"] = store.Settings.ProcessingForm == ArtifactProcessingForm.Status ? "status" : "notFound",
                    ["uploadSpacingMs"] = store.Settings.UploadSpacing.TotalMilliseconds,
                    ["maxArtifactBytes"] = store.Settings.MaxArtifactBytes,
                    ["autoApprove"] = store.Settings.AutoApprove,
                    ["approval"] = RenderPolicy(ApprovalReview.Policy(store.Settings)),
                },
            };
        }
    }

    private static JsonObject RenderPolicy(SeedApproval policy) => new()
    {
        ["outcome"] = policy.Outcome.ToString().ToLowerInvariant(),
        ["afterMs"] = policy.After.TotalMilliseconds,
        ["reason"] = policy.Reason,
    };
}
