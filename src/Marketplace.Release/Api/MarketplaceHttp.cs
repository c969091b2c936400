using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Marketplace.Release.Api;

/// <summary>
/// Builds the <see cref="IHttpClientFactory"/> with the resilience pipelines of the three named clients
/// (<see cref="HttpClientNames"/>). Owns the service provider, so disposing this disposes the handlers.
/// </summary>
internal sealed class MarketplaceHttp : IDisposable
{
    private readonly ServiceProvider services;

    public MarketplaceHttp(MarketplaceConnection connection, MarketplaceClientOptions options, TimeProvider timeProvider, Action<string>? debugLog = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton(timeProvider);
        var authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.User}:{connection.ApiToken}")));
        var baseAddress = new Uri(connection.BaseUrl.ToString().TrimEnd('/') + "/");

        void Configure(HttpClient client)
        {
            client.BaseAddress = baseAddress;
            // The resilience pipeline owns every timeout; HttpClient's own would cut retries short.
            client.Timeout = Timeout.InfiniteTimeSpan;
            client.DefaultRequestHeaders.Authorization = authorization;
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("marketplace-release", ThisAssembly.Version));
        }

        var readsClient = collection.AddHttpClient(HttpClientNames.Reads, Configure)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler);
        readsClient.AddResilienceHandler("reads", builder => AddRetrying(builder, options, options.AttemptTimeout, timeProvider));
        var uploadsClient = collection.AddHttpClient(HttpClientNames.Uploads, Configure)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler);
        uploadsClient.AddResilienceHandler("uploads", builder => AddRetrying(builder, options, options.UploadAttemptTimeout, timeProvider, Timeout.InfiniteTimeSpan));
        var createsClient = collection.AddHttpClient(HttpClientNames.Creates, Configure)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler);
        createsClient.AddResilienceHandler("creates", builder =>
            {
                builder.TimeProvider = timeProvider;
                builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.AttemptTimeout });
            });

        // Inside the resilience handlers, so every attempt is logged; only with --debug.
        readsClient.AddDebugLog(debugLog);
        uploadsClient.AddDebugLog(debugLog);
        createsClient.AddDebugLog(debugLog);

        services = collection.BuildServiceProvider();
        Factory = services.GetRequiredService<IHttpClientFactory>();
    }

    public IHttpClientFactory Factory { get; }

    public void Dispose() => services.Dispose();

    private static void AddRetrying(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        MarketplaceClientOptions options,
        TimeSpan attemptTimeout,
        TimeProvider timeProvider,
        TimeSpan? totalTimeout = null)
    {
        builder.TimeProvider = timeProvider;
        var total = totalTimeout ?? options.RequestTimeout;
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
    }

    private static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        // The Marketplace API never redirects; following one could carry the credentials to another host.
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(30),
        // Uploads of up to 250 MB: larger socket writes mean fewer syscalls.
        InitialHttp2StreamWindowSize = 1024 * 1024,
    };
}
