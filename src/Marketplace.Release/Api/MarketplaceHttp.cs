using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Marketplace.Release.Api;

/// <summary>
/// The three HTTP clients of <see cref="MarketplaceClient"/>, each with its resilience pipeline, over one shared
/// connection pool. They differ in what may be retried: reads are retried on every transient failure; creates never
/// are (a lost response may hide a success, so the pipeline re-reads the live state instead); uploads are
/// re-sendable (the content reopens the file) and get a long attempt timeout.
/// Built by hand rather than through a DI container and IHttpClientFactory: nothing on the start-up path is
/// activated by reflection, and one handler means one connection (one TLS handshake) for the whole release.
/// </summary>
internal sealed class MarketplaceHttp : IDisposable
{
    private readonly SocketsHttpHandler primary;

    /// <param name="debugLog">With <c>--debug</c>: a line per request attempt and response (see <see cref="HttpDebugLog"/>).</param>
    public MarketplaceHttp(MarketplaceConnection connection, MarketplaceClientOptions options, TimeProvider timeProvider, Action<string>? debugLog = null)
    {
        var authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.User}:{connection.ApiToken}")));
        var baseAddress = new Uri(connection.BaseUrl.ToString().TrimEnd('/') + "/");
        primary = CreatePrimaryHandler();

        HttpClient Create(ResiliencePipeline<HttpResponseMessage> pipeline)
        {
            // The debug log sits inside the pipeline, so every attempt of a retried request is logged.
            HttpMessageHandler inner = debugLog is null ? primary : new HttpDebugLog(debugLog) { InnerHandler = primary };
            var client = new HttpClient(new PipelineHandler(pipeline, inner))
            {
                BaseAddress = baseAddress,
                // The resilience pipeline owns every timeout; HttpClient's own would cut retries short.
                Timeout = Timeout.InfiniteTimeSpan,
            };
            client.DefaultRequestHeaders.Authorization = authorization;
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("marketplace-release", ThisAssembly.Version));
            return client;
        }

        Reads = Create(Retrying(options, options.AttemptTimeout, timeProvider, options.RequestTimeout));
        Uploads = Create(Retrying(options, options.UploadAttemptTimeout, timeProvider, Timeout.InfiniteTimeSpan));
        Creates = Create(new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.AttemptTimeout })
            .Build());
    }

    /// <summary>GETs: retried on 429, 5xx, network failures and timeouts, all within <c>RequestTimeout</c>.</summary>
    public HttpClient Reads { get; }

    /// <summary>Artifact and image uploads: retried like reads, with the long upload attempt timeout and no total bound.</summary>
    public HttpClient Uploads { get; }

    /// <summary>POST and PUT of versions and listings: one attempt, never retried here (see MutationGuard).</summary>
    public HttpClient Creates { get; }

    public void Dispose()
    {
        Reads.Dispose();
        Uploads.Dispose();
        Creates.Dispose();
        primary.Dispose();
    }

    private static ResiliencePipeline<HttpResponseMessage> Retrying(
        MarketplaceClientOptions options, TimeSpan attemptTimeout, TimeProvider timeProvider, TimeSpan total)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (total != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = total });
        }

        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, options.MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryDelay,
            MaxDelay = options.MaxRetryDelay,
            // Retry-After (seconds or an HTTP date) wins over our own backoff when the server sends it.
            ShouldRetryAfterHeader = true,
        });
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = attemptTimeout });
        return builder.Build();
    }

    private static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        // The Marketplace API never redirects; following one could carry the credentials to another host.
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        // A release waits up to minutes between two calls (artifact processing); an idle connection kept that long
        // is likely cut by a proxy, and a fresh one costs less than a failed request and its retry.
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(50),
        ConnectTimeout = TimeSpan.FromSeconds(30),
        // Uploads: if the Marketplace refuses one (401, 413, 429 for spacing) it says so before 250 MB are sent; the
        // wait for its "100 Continue" is bounded so that a server that never sends one costs at most this.
        Expect100ContinueTimeout = TimeSpan.FromSeconds(1),
    };
}
