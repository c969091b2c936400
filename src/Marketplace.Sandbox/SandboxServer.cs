using System.Net;
using Marketplace.Sandbox.Contract;
using Marketplace.Sandbox.Endpoints;
using Marketplace.Sandbox.Faults;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marketplace.Sandbox;

/// <summary>
/// A stateful in-memory emulator of the Marketplace REST API v3 on http://127.0.0.1:{port}/marketplace.
/// It never binds anything but the loopback address and never sends traffic anywhere.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly RequestRecorder recorder;
    private readonly string uploadDirectory;

    private SandboxServer(WebApplication app, RequestRecorder recorder, SandboxState state, FaultInjector faults, string uploadDirectory, int port)
    {
        this.app = app;
        this.recorder = recorder;
        this.uploadDirectory = uploadDirectory;
        State = state;
        Faults = faults;
        Port = port;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/marketplace");
    }

    /// <summary><c>http://127.0.0.1:{port}/marketplace</c>, no trailing slash; API paths are BaseUrl + "/rest/3/…".</summary>
    public Uri BaseUrl { get; }

    public int Port { get; }

    public SandboxState State { get; }

    public FaultInjector Faults { get; }

    /// <summary>Every API request so far (a copy).</summary>
    public IReadOnlyList<RecordedRequest> Requests => recorder.Snapshot();

    /// <summary>
    /// The recorded requests once they satisfy <paramref name="until"/> (e.g. a dropped request is in the log): a
    /// request is recorded when the server is done with it, which for a dropped connection may be after the client
    /// saw the drop.
    /// </summary>
    public Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(Func<IReadOnlyList<RecordedRequest>, bool> until, CancellationToken cancellationToken = default) =>
        recorder.WaitAsync(until, cancellationToken);

    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var seed = options.Seed;
        var faults = new FaultInjector();
        var settings = new SandboxSettings(seed.ProcessingDelay, seed.ProcessingForm, seed.UploadSpacing, seed.MaxArtifactBytes, seed.AutoApprove) { Approval = seed.Approval };
        var store = new MarketplaceStore(settings, options.TimeProvider, faults);
        SeedLoader.Apply(seed, store, faults);

        var uploadDirectory = Directory.CreateTempSubdirectory("marketplace-sandbox-").FullName;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(SandboxServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, HostLifetimeWithoutSignals>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;

            // Kestrel's own 30 MB cap would cut large artifacts off with a reset; the upload handler enforces
            // the seed's limit itself and answers 413.
            kestrel.Limits.MaxRequestBodySize = null;
        });

        var app = builder.Build();
        var recorder = new RequestRecorder(options.TimeProvider, options.Log, options.OnRequest);
        var sandbox = new SandboxContext(store, faults, uploadDirectory);
        if (options.Latency > TimeSpan.Zero)
        {
            app.Use(new LatencyMiddleware(options.Latency).InvokeAsync);
        }

        app.Use(recorder.InvokeAsync);
        app.Use(new FaultMiddleware(faults).InvokeAsync);
        app.Use(new BasicAuthentication(store.Users).InvokeAsync);
        app.Use(new ContractMiddleware(ApiContract.Default).InvokeAsync);

        var api = app.MapGroup("/marketplace");
        AppSoftwareEndpoints.Map(api, sandbox);
        VersionEndpoints.Map(api, sandbox);
        ListingEndpoints.Map(api, sandbox);
        ArtifactEndpoints.Map(api, sandbox);
        ImageEndpoints.Map(api, sandbox);
        ParentSoftwareEndpoints.Map(api, sandbox);
        DeveloperSpaceEndpoints.Map(api, sandbox);
        AppListingEndpoints.Map(api, sandbox);
        MigrationEndpoints.Map(api, sandbox);
        PrivacySecurityEndpoints.Map(api, sandbox);
        PartnerMetricsEndpoints.Map(api, sandbox);
        FeedbackEndpoints.Map(api, sandbox);
        AdminEndpoints.Map(app, sandbox, recorder.Snapshot);
        AdminEndpoints.Map(api, sandbox, recorder.Snapshot);
        app.MapFallback(EndpointKit.Handle(context => throw ApiProblem.NotFound($"No such endpoint: {context.Request.Method} {context.Request.Path}")));

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            Directory.Delete(uploadDirectory, recursive: true);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        return new SandboxServer(app, recorder, new SandboxState(store), faults, uploadDirectory, port);
    }

    /// <summary>Completes when the token is cancelled (e.g. the CLI's Ctrl+C) or the server is disposed; never throws for cancellation.</summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        try
        {
            Directory.Delete(uploadDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A download still streaming a file; the OS temp cleaner takes the rest.
        }
    }
}
