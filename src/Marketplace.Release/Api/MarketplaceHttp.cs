using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Marketplace.Release.Resilience;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Marketplace.Release.Api;

/// <summary>
/// The three named clients of <see cref="MarketplaceClient"/>, from <see cref="IHttpClientFactory"/>, each with its
/// Microsoft.Extensions.Http.Resilience pipeline, all over one shared connection pool (one TLS handshake per release).
/// They differ in what may be retried (under the one <see cref="RetryPolicy"/>): reads are retried on every transient
/// failure; creates never are (a lost response may hide a success, so <c>MutationGuard</c> re-reads the live state
/// instead); uploads are re-sendable (the
/// content reopens the file) and get a long attempt timeout. Owns the service provider and the shared handler.
/// </summary>
internal sealed class MarketplaceHttp : IDisposable
{
    private const string ReadsName = "marketplace-reads";
    private const string CreatesName = "marketplace-creates";
    private const string UploadsName = "marketplace-uploads";

    private readonly SocketsHttpHandler primary = CreatePrimaryHandler();
    private readonly ServiceProvider services;

    /// <param name="debugLog">With <c>--debug</c>: a line per request attempt and response (see <see cref="HttpDebugLog"/>).</param>
    public MarketplaceHttp(MarketplaceConnection connection, MarketplaceClientOptions options, TimeProvider timeProvider, Action<string>? debugLog = null)
    {
        var authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.User}:{connection.ApiToken}")));
        var baseAddress = new Uri(connection.BaseUrl.ToString().TrimEnd('/') + "/");
        var debugBodies = new DebugBody([connection.ApiToken, authorization.Parameter]);
        var debugGate = new Lock();
        var collection = new ServiceCollection();

        void Add(string name, Action<ResiliencePipelineBuilder<HttpResponseMessage>> pipeline)
        {
            var client = collection.AddHttpClient(name, http =>
                {
                    http.BaseAddress = baseAddress;
                    // The resilience pipeline owns every timeout; HttpClient's own would cut retries short.
                    http.Timeout = Timeout.InfiniteTimeSpan;
                    http.DefaultRequestHeaders.Authorization = authorization;
                    http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("marketplace-release", ThisAssembly.Version));
                })
                // One pool for the three clients, never rotated: a release lives minutes, and this class disposes it.
                .ConfigurePrimaryHttpMessageHandler(() => primary)
                .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            client.AddResilienceHandler(name, builder =>
            {
                builder.TimeProvider = timeProvider;
                pipeline(builder);
            });
            if (debugLog is not null)
            {
                // Added after the resilience handler, so it sits inside it: every attempt of a retried request is logged.
                client.AddHttpMessageHandler(() => new HttpDebugLog(debugLog, debugBodies, debugGate));
            }
        }

        var retries = RetryPolicy.For(options, timeProvider);
        Add(ReadsName, builder => AddRetrying(builder, retries, options.AttemptTimeout, options.RequestTimeout));
        Add(UploadsName, builder => AddRetrying(builder, retries, options.UploadAttemptTimeout, Timeout.InfiniteTimeSpan));
        Add(CreatesName, builder => builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.AttemptTimeout }));
        services = collection.BuildServiceProvider();
        var factory = services.GetRequiredService<IHttpClientFactory>();
        Reads = factory.CreateClient(ReadsName);
        Uploads = factory.CreateClient(UploadsName);
        Creates = factory.CreateClient(CreatesName);
    }

    /// <summary>GETs: retried on 429, 5xx, network failures and timeouts, all within <c>RequestTimeout</c>.</summary>
    public HttpClient Reads { get; }

    /// <summary>Artifact and image uploads: retried like reads, with the long upload attempt timeout and no total bound.</summary>
    public HttpClient Uploads { get; }

    /// <summary>POST and PUT of versions and listings: one attempt, never retried here (see MutationGuard).</summary>
    public HttpClient Creates { get; }

    public void Dispose()
    {
        services.Dispose();
        primary.Dispose();
    }

    private static void AddRetrying(ResiliencePipelineBuilder<HttpResponseMessage> builder, RetryPolicy retries, TimeSpan attemptTimeout, TimeSpan total)
    {
        if (total != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = total });
        }

        builder.AddRetry(retries.ForHttp());
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = attemptTimeout });
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
