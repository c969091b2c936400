using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Release.Cli.Tests.Fixtures;

/// <summary>
/// A pass-through on 127.0.0.1 between the product and the sandbox that keeps every request body it forwards, so a
/// test sees exactly what the product sent (the sandbox's own request log has no bodies). Status, headers
/// (<c>Location</c>, <c>Retry-After</c>) and bodies of the answers are passed back unchanged.
/// </summary>
internal sealed class RecordingProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "Expect", "Host", "Content-Length",
    };

    private readonly WebApplication app;
    private readonly HttpClient forward = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    private readonly ConcurrentQueue<SentRequest> sent = new();
    private readonly Uri target;

    private RecordingProxy(WebApplication app, Uri target)
    {
        this.app = app;
        this.target = target;
    }

    /// <summary>The base URL to give the product: the target's path on the proxy's port.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request forwarded, in order.</summary>
    public IReadOnlyList<SentRequest> Sent => [.. sent];

    /// <param name="target">The sandbox's base URL (<c>http://127.0.0.1:PORT/marketplace</c>).</param>
    public static async Task<RecordingProxy> StartAsync(Uri target)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
        });
        var app = builder.Build();
        var proxy = new RecordingProxy(app, target);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        proxy.BaseUrl = new Uri($"http://127.0.0.1:{port}{target.AbsolutePath.TrimEnd('/')}");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        forward.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var basePath = target.AbsolutePath.TrimEnd('/');
        var path = request.Path.Value ?? string.Empty;
        sent.Enqueue(new SentRequest(
            request.Method,
            (path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : path).TrimStart('/'),
            request.ContentType,
            System.Text.Encoding.UTF8.GetString(body)));

        using var outgoing = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(target, path + request.QueryString.Value));
        if (body.Length > 0 || request.ContentLength is not null)
        {
            outgoing.Content = new ByteArrayContent(body);
        }

        foreach (var (name, values) in request.Headers)
        {
            if (HopByHop.Contains(name))
            {
                continue;
            }

            if (!outgoing.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                outgoing.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var answer = await forward.SendAsync(outgoing, HttpCompletionOption.ResponseContentRead, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
