using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>Artifact upload (streamed multipart), simulated fetch, and the processing status poll.</summary>
internal static class ArtifactEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox)
    {
        routes.MapPost("/rest/3/artifacts", EndpointKit.Handle(context => UploadAsync(context, sandbox)));
        routes.MapPost("/rest/3/artifacts/fetch", EndpointKit.Handle(context => FetchAsync(context, sandbox)));
        routes.MapGet("/rest/3/artifacts/{artifactId}", EndpointKit.Handle(context => GetAsync(context, sandbox)));
        routes.MapGet("/rest/3/artifacts/{artifactId}/download", EndpointKit.Handle(context => DownloadAsync(context, sandbox)));
    }

    private static async Task UploadAsync(HttpContext context, SandboxContext sandbox)
    {
        var store = sandbox.Store;
        var user = SandboxItems.User(context);
        var previous = UploadSpacing.Reserve(store, user);
        ReceivedFile file;
        JsonObject? details;
        try
        {
            file = await MultipartFileReceiver.ReceiveAsync(
                context,
                sandbox.UploadDirectory,
                store.Settings.MaxArtifactBytes,
                message => ApiProblem.Validation(message),
                () => new ApiProblem(413, "PAYLOAD_TOO_LARGE", "Artifact too large", $"An artifact is at most {store.Settings.MaxArtifactBytes} bytes"));
            try
            {
                details = ArtifactInspector.Inspect(file);
            }
            catch
            {
                MultipartFileReceiver.Delete(file);
                throw;
            }
        }
        catch
        {
            UploadSpacing.Release(store, user, previous);
            throw;
        }

        var artifact = new ArtifactEntry
        {
            Id = Guid.NewGuid().ToString(),
            FileName = file.FileName.Length > 0 ? file.FileName : "artifact",
            Size = file.Size,
            Checksum = "sha512:" + file.Sha512Hex,
            UploadedAt = store.Now,
            UploadedBy = user,
            FilePath = file.TempPath,
            Details = details,
        };
        await WriteCreatedAsync(context, store, artifact);
    }

    /// <summary>
    /// The sandbox never fetches anything over the network: it records the URI and makes a small fake artifact
    /// named after the URI's last path segment. A host named <c>unreachable</c> simulates a failed fetch.
    /// </summary>
    private static async Task FetchAsync(HttpContext context, SandboxContext sandbox)
    {
        var body = await JsonRead.ObjectBodyAsync(context, message => ApiProblem.Validation(message));
        var text = JsonRead.String(body["uri"]) ?? throw ApiProblem.Validation("uri is required", "The body is {\"uri\": \"https://…\"}");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "sandbox"))
        {
            throw ApiProblem.Validation("uri must be an absolute http, https or sandbox URI");
        }

        if (string.Equals(uri.Host, "unreachable", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiProblem(400, "ARTIFACT_REMOTE_FETCH_FAILURE", "Could not fetch the artifact", $"GET {text} failed (sandbox: simulated)");
        }

        var store = sandbox.Store;
        var user = SandboxItems.User(context);
        UploadSpacing.Reserve(store, user);
        var content = Encoding.UTF8.GetBytes("sandbox artifact fetched from " + text);
        var name = Path.GetFileName(Uri.UnescapeDataString(uri.AbsolutePath));
        var artifact = new ArtifactEntry
        {
            Id = Guid.NewGuid().ToString(),
            FileName = name.Length > 0 ? name : "artifact",
            Size = content.Length,
            Checksum = "sha512:" + Convert.ToHexStringLower(SHA512.HashData(content)),
            UploadedAt = store.Now,
            UploadedBy = user,
            RemoteUri = text,
        };
        await WriteCreatedAsync(context, store, artifact);
    }

    private static Task WriteCreatedAsync(HttpContext context, MarketplaceStore store, ArtifactEntry artifact)
    {
        JsonObject result;
        lock (store.Gate)
        {
            store.Artifacts.Add(artifact.Id, artifact);
            store.ArtifactUploadCount++;
            result = store.RenderArtifact(artifact);
        }

        // The upload's own answer carries no processing status: the live API only shows it when polled.
        result.Remove("status");
        result.Remove("statusReason");
        return JsonResponses.WriteAsync(context, 200, result);
    }

    private static Task GetAsync(HttpContext context, SandboxContext sandbox)
    {
        var id = EndpointKit.Route(context, "artifactId");
        var store = sandbox.Store;
        JsonObject result;
        lock (store.Gate)
        {
            if (!store.Artifacts.TryGetValue(id, out var artifact)
                || (store.Settings.ProcessingForm == ArtifactProcessingForm.NotFound && store.ArtifactStatus(artifact).Status == "PROCESSING"))
            {
                throw new ApiProblem(404, "ARTIFACT_NOT_FOUND", "Artifact not found", $"No artifact with id '{id}'");
            }

            result = store.RenderArtifact(artifact);
        }

        return JsonResponses.WriteAsync(context, 200, result);
    }

    private static async Task DownloadAsync(HttpContext context, SandboxContext sandbox)
    {
        var id = EndpointKit.Route(context, "artifactId");
        ArtifactEntry? artifact;
        lock (sandbox.Store.Gate)
        {
            sandbox.Store.Artifacts.TryGetValue(id, out artifact);
        }

        if (artifact?.FilePath is null)
        {
            throw new ApiProblem(404, "ARTIFACT_NOT_FOUND", "Artifact not found", $"No stored binary for artifact '{id}'");
        }

        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = artifact.Size;
        await using var file = new FileStream(artifact.FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        await file.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
