using System.Text.Json.Nodes;
using Marketplace.Release.Api;
using Marketplace.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Release.Tests.Fixtures;

/// <summary>
/// A sandbox on a fake clock and a client of it, for tests of the engine's pieces against the API over loopback
/// HTTP. The seed is the default one, changed by the test.
/// </summary>
internal sealed class SandboxedClient : IAsyncDisposable
{
    public const string User = "sandbox@example.com";
    public const string Token = "sandbox-token";
    public const string AppKey = "com.example.timesheets";
    public const string DataCenterId = "5e1f3b2a-7c4d-4e8f-9a10-0b1c2d3e4f50";
    public const string SeededImageId = "7a3b5c4d-9e6f-4a01-9c32-2d3e4f506172";
    public const string SeededArtifactId = "3c9d1e2f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    private SandboxedClient(SandboxServer server, TimerSignallingTimeProvider time, TimeProvider clientTime)
    {
        Server = server;
        Time = time;
        Connection = new MarketplaceConnection(server.BaseUrl, User, Token);
        Client = new MarketplaceClient(Connection, new MarketplaceClientOptions(), clientTime);
    }

    public SandboxServer Server { get; }

    public TimerSignallingTimeProvider Time { get; }

    public MarketplaceConnection Connection { get; }

    public MarketplaceClient Client { get; }

    /// <param name="realClientClock">
    /// The client's HTTP timeouts on the real clock: for tests that move the fake clock while requests are under way
    /// (a wait), so that moving it can never time a request out.
    /// </param>
    public static async Task<SandboxedClient> StartAsync(Action<SandboxSeed>? configure = null, bool realClientClock = false)
    {
        var seed = SandboxSeed.Default;
        configure?.Invoke(seed);
        var time = new TimerSignallingTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var server = await SandboxServer.StartAsync(new SandboxOptions { Port = 0, Seed = seed, TimeProvider = time });
        return new SandboxedClient(server, time, realClientClock ? TimeProvider.System : time);
    }

    /// <summary>Adds a version (and its listing) to the seed's Data Center app software.</summary>
    public static void AddVersion(SandboxSeed seed, string versionJson, string? listingJson = null) =>
        seed.Apps.Single(app => app.Key == AppKey).Software.Single(software => software.Id == DataCenterId).Versions.Add(new SeedVersion
        {
            Version = JsonNode.Parse(versionJson)!.AsObject(),
            Listing = listingJson is null ? null : JsonNode.Parse(listingJson)!.AsObject(),
        });

    /// <summary>Requests of one method whose path contains the text, from the sandbox's request log.</summary>
    public int Count(string method, string pathContains) =>
        Server.Requests.Count(request => request.Method == method && request.PathAndQuery.Contains(pathContains, StringComparison.Ordinal));

    /// <summary>
    /// <see cref="Count"/> once the log holds at least <paramref name="atLeast"/> such requests (bounded): a request is
    /// logged when the server is done with it, which may be after the client read its response.
    /// </summary>
    public async Task<int> CountLoggedAsync(string method, string pathContains, int atLeast)
    {
        await Server.WaitForRequestsAsync(_ => Count(method, pathContains) >= atLeast).WaitAsync(TimeSpan.FromSeconds(30));
        return Count(method, pathContains);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
