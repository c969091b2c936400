using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Release.Cli.Tests.Fixtures.FakeGitHub;

/// <summary>
/// A fake of the GitHub REST API endpoints Octokit calls for releases, on 127.0.0.1 in the GitHub Enterprise Server
/// form (<c>http://127.0.0.1:PORT/api/v3</c>): a release by tag, its assets, an asset's download (a 302 to a second
/// port, as GitHub redirects to its object storage on another host), a release update, and a repository. It can
/// answer 401 for a wrong token, 403 for a read-only token's writes, 404 for a private repository, and rate limits.
/// </summary>
internal sealed class FakeGitHubServer : IAsyncDisposable
{
    public const string Token = "ghs_fake-token-7d1e4c";
    public const string ReadOnlyToken = "ghs_read-only-token-2b9f";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeGitHubRequest> requests = new();
    private readonly ConcurrentDictionary<string, List<FakeRelease>> releases = new(StringComparer.OrdinalIgnoreCase);
    private readonly object gate = new();
    private int rateLimitedLeft;
    private int rateLimitStatus;
    private TimeSpan rateLimitReset;
    private long nextId = 1000;

    private FakeGitHubServer(WebApplication app) => this.app = app;

    /// <summary><c>http://127.0.0.1:PORT/api/v3</c>: what GITHUB_API_URL holds on GitHub Enterprise Server.</summary>
    public Uri ApiUrl { get; private set; } = null!;

    public int ApiPort { get; private set; }

    public int DownloadPort { get; private set; }

    public IReadOnlyList<FakeGitHubRequest> Requests => [.. requests];

    public IEnumerable<FakeGitHubRequest> ApiRequests(string method) => Requests.Where(r => r.Method == method && r.Port == ApiPort);

    public static async Task<FakeGitHubServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        var server = new FakeGitHubServer(app);
        server.Map();
        await app.StartAsync();
        var ports = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a).Port).ToList();
        server.ApiPort = ports[0];
        server.DownloadPort = ports[1];
        server.ApiUrl = new Uri($"http://127.0.0.1:{server.ApiPort}/api/v3");
        return server;
    }

    /// <summary>A release of <paramref name="repository"/> (owner/name) with the given assets.</summary>
    public FakeRelease AddRelease(string repository, string tag, string body, params (string Name, byte[] Content)[] assets)
    {
        var release = new FakeRelease { Id = Interlocked.Increment(ref nextId), Tag = tag, Name = tag, Body = body };
        foreach (var (name, content) in assets)
        {
            release.Assets.Add(new FakeAsset(Interlocked.Increment(ref nextId), name, content));
        }

        releases.GetOrAdd(repository, _ => []).Add(release);
        return release;
    }

    /// <summary>An existing repository without releases (so a missing tag is told from a missing repository).</summary>
    public void AddRepository(string repository) => releases.GetOrAdd(repository, _ => []);

    /// <summary>The next <paramref name="count"/> API requests are refused as over the rate limit, which resets after <paramref name="resetIn"/>.</summary>
    public void RateLimitNext(int count, TimeSpan resetIn, int status = 403)
    {
        lock (gate)
        {
            rateLimitedLeft = count;
            rateLimitStatus = status;
            rateLimitReset = resetIn;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Map()
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            requests.Enqueue(new FakeGitHubRequest(request.Method, request.Path + request.QueryString, context.Connection.LocalPort, request.Headers.Accept.ToString(), request.Headers.Authorization.Count > 0));
            if (context.Connection.LocalPort == DownloadPort)
            {
                await next(context);
                return;
            }

            if (TokenOf(request) is not (Token or ReadOnlyToken))
            {
                await Json(context, 401, new JsonObject { ["message"] = "Bad credentials", ["documentation_url"] = "https://docs.github.com/rest" });
                return;
            }

            if (TakeRateLimit() is { } limited)
            {
                var reset = DateTimeOffset.UtcNow + limited.Reset;
                context.Response.Headers["x-ratelimit-limit"] = "5000";
                context.Response.Headers["x-ratelimit-remaining"] = "0";
                context.Response.Headers["x-ratelimit-reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                await Json(context, limited.Status, new JsonObject
                {
                    ["message"] = "API rate limit exceeded for installation ID 4711.",
                    ["documentation_url"] = "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting",
                });
                return;
            }

            await next(context);
        });

        var api = app.MapGroup("/api/v3/repos/{owner}/{repo}");
        api.MapGet("/", (HttpContext context, string owner, string repo) =>
            Repository(owner, repo) is null ? NotFound(context) : Json(context, 200, new JsonObject { ["id"] = 1, ["name"] = repo, ["full_name"] = $"{owner}/{repo}" }));
        api.MapGet("/releases/tags/{tag}", (HttpContext context, string owner, string repo, string tag) =>
            Repository(owner, repo)?.FirstOrDefault(r => r.Tag == tag) is { } release ? Json(context, 200, ReleaseJson(context, owner, repo, release)) : NotFound(context));
        api.MapGet("/releases/{id:long}/assets", (HttpContext context, string owner, string repo, long id) =>
            Repository(owner, repo)?.FirstOrDefault(r => r.Id == id) is { } release
                ? Json(context, 200, new JsonArray([.. release.Assets.Select(a => (JsonNode)AssetJson(context, owner, repo, a))]))
                : NotFound(context));
        api.MapGet("/releases/assets/{id:long}", (HttpContext context, string owner, string repo, long id) =>
        {
            if (Repository(owner, repo)?.SelectMany(r => r.Assets).FirstOrDefault(a => a.Id == id) is not { } asset)
            {
                return NotFound(context);
            }

            if (!context.Request.Headers.Accept.ToString().Contains("application/octet-stream", StringComparison.Ordinal))
            {
                return Json(context, 200, AssetJson(context, owner, repo, asset));
            }

            // GitHub redirects to a pre-signed URL on another host; here: the other port.
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = $"http://127.0.0.1:{DownloadPort}/downloads/{asset.Id}/{Uri.EscapeDataString(asset.Name)}?signature=abc";
            return Task.CompletedTask;
        });
        api.MapMethods("/releases/{id:long}", ["PATCH"], async (HttpContext context, string owner, string repo, long id) =>
        {
            if (Repository(owner, repo)?.FirstOrDefault(r => r.Id == id) is not { } release)
            {
                await NotFound(context);
                return;
            }

            if (TokenOf(context.Request) != Token)
            {
                await Json(context, 403, new JsonObject { ["message"] = "Resource not accessible by integration" });
                return;
            }

            var update = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
            lock (gate)
            {
                if (update["body"] is JsonValue body)
                {
                    release.Body = body.GetValue<string>();
                }

                if (update["name"] is JsonValue name)
                {
                    release.Name = name.GetValue<string>();
                }

                release.Updates++;
            }

            await Json(context, 200, ReleaseJson(context, owner, repo, release));
        });

        app.MapGet("/downloads/{id:long}/{name}", async (HttpContext context, long id) =>
        {
            if (context.Connection.LocalPort != DownloadPort
                || releases.Values.SelectMany(list => list).SelectMany(r => r.Assets).FirstOrDefault(a => a.Id == id) is not { } asset)
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = "application/octet-stream";
            if (!asset.Chunked)
            {
                context.Response.ContentLength = asset.Content.LongLength;
            }

            await context.Response.Body.WriteAsync(asset.Content);
        });
    }

    private List<FakeRelease>? Repository(string owner, string repo) =>
        releases.TryGetValue($"{owner}/{repo}", out var list) ? list : null;

    private (int Status, TimeSpan Reset)? TakeRateLimit()
    {
        lock (gate)
        {
            if (rateLimitedLeft <= 0)
            {
                return null;
            }

            rateLimitedLeft--;
            return (rateLimitStatus, rateLimitReset);
        }
    }

    private static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && header[..space] is "Bearer" or "token" or "Token" ? header[(space + 1)..].Trim() : null;
    }

    private static Task NotFound(HttpContext context) =>
        Json(context, 404, new JsonObject { ["message"] = "Not Found", ["documentation_url"] = "https://docs.github.com/rest" });

    private static async Task Json(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }

    private JsonObject ReleaseJson(HttpContext context, string owner, string repo, FakeRelease release)
    {
        var api = ApiBase(context, owner, repo);
        return new JsonObject
        {
            ["url"] = $"{api}/releases/{release.Id}",
            ["html_url"] = $"https://github.example/{owner}/{repo}/releases/tag/{release.Tag}",
            ["assets_url"] = $"{api}/releases/{release.Id}/assets",
            ["upload_url"] = $"{api}/releases/{release.Id}/assets{{?name,label}}",
            ["id"] = release.Id,
            ["node_id"] = "RE_" + release.Id,
            ["tag_name"] = release.Tag,
            ["target_commitish"] = "main",
            ["name"] = release.Name,
            ["body"] = release.Body,
            ["draft"] = false,
            ["prerelease"] = false,
            ["created_at"] = "2025-01-15T10:00:00Z",
            ["published_at"] = "2025-01-15T10:05:00Z",
            ["author"] = new JsonObject { ["login"] = "octocat", ["id"] = 1 },
            ["assets"] = new JsonArray([.. release.Assets.Select(a => (JsonNode)AssetJson(context, owner, repo, a))]),
        };
    }

    private JsonObject AssetJson(HttpContext context, string owner, string repo, FakeAsset asset) => new()
    {
        ["url"] = $"{ApiBase(context, owner, repo)}/releases/assets/{asset.Id}",
        ["browser_download_url"] = $"https://github.example/{owner}/{repo}/releases/download/v/{asset.Name}",
        ["id"] = asset.Id,
        ["node_id"] = "RA_" + asset.Id,
        ["name"] = asset.Name,
        ["label"] = string.Empty,
        ["state"] = "uploaded",
        ["content_type"] = "application/java-archive",
        ["size"] = asset.Size,
        ["download_count"] = 0,
        ["created_at"] = "2025-01-15T10:01:00Z",
        ["updated_at"] = "2025-01-15T10:01:00Z",
    };

    private string ApiBase(HttpContext context, string owner, string repo) => $"http://127.0.0.1:{ApiPort}/api/v3/repos/{owner}/{repo}";
}
