using Marketplace.Sandbox;

namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>
/// A sandbox on 127.0.0.1 with the default seed (the example app) and the recognisable account of
/// <see cref="Secrets"/>, tuned for short tests: processing takes 200 ms and uploads need no spacing.
/// </summary>
internal sealed class TestSandbox : IAsyncDisposable
{
    public const string AppKey = "com.example.timesheets";

    private TestSandbox(SandboxServer server) => Server = server;

    public SandboxServer Server { get; }

    public SandboxState State => Server.State;

    public string AppSoftwareId => State.AppSoftwareId(AppKey, "datacenter")!;

    public static async Task<TestSandbox> StartAsync(Action<SandboxSeed>? configure = null, Func<SandboxRequestEvent, CancellationToken, Task>? onRequest = null)
    {
        var seed = SandboxSeed.Default;
        seed.Users.Add(new SeedUser(Secrets.User, Secrets.Token));
        seed.ProcessingDelay = TimeSpan.FromMilliseconds(200);
        seed.UploadSpacing = TimeSpan.Zero;
        configure?.Invoke(seed);
        return new TestSandbox(await SandboxServer.StartAsync(new SandboxOptions { Port = 0, Seed = seed, OnRequest = onRequest }));
    }

    /// <summary>The environment a CLI run needs to publish to this sandbox.</summary>
    public Dictionary<string, string?> Environment() => new()
    {
        ["MARKETPLACE_USER"] = Secrets.User,
        ["MARKETPLACE_API_TOKEN"] = Secrets.Token,
        ["MARKETPLACE_BASE_URL"] = Server.BaseUrl.ToString(),
    };

    public int Mutations => Server.Requests.Count(r => r.Method is "POST" or "PUT" or "DELETE" or "PATCH");

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
