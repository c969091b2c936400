using Marketplace.Sandbox;

namespace Cake.Marketplace.Tests.Fixtures;

/// <summary>
/// A sandbox on 127.0.0.1 with the default seed (the example app) and an account whose token is unique to this
/// host, so a test can search the whole log for it. Processing takes a fraction of a second, uploads need no spacing.
/// </summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    public const string User = "cake@example.com";
    public const string ExampleAppKey = "com.example.timesheets";

    private SandboxHost(SandboxServer server, string token)
    {
        Server = server;
        Token = token;
    }

    public SandboxServer Server { get; }

    public string Token { get; }

    public SandboxState State => Server.State;

    public string AppSoftwareId => State.AppSoftwareId(ExampleAppKey, "datacenter")!;

    /// <summary>Every POST, PUT, PATCH and DELETE the sandbox received.</summary>
    public IReadOnlyList<RecordedRequest> Mutations => [.. Server.Requests.Where(r => r.Method is not ("GET" or "HEAD"))];

    /// <summary>The environment a script needs to reach this sandbox as its account.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["MARKETPLACE_USER"] = User,
        ["MARKETPLACE_API_TOKEN"] = Token,
        ["MARKETPLACE_BASE_URL"] = Server.BaseUrl.ToString(),
    };

    public static async Task<SandboxHost> StartAsync(Action<SandboxSeed>? configure = null)
    {
        var token = "cake-token-" + Guid.NewGuid().ToString("N");
        var seed = SandboxSeed.Default;
        seed.Users.Add(new SeedUser(User, token));
        seed.ProcessingDelay = TimeSpan.FromMilliseconds(300);
        seed.UploadSpacing = TimeSpan.Zero;
        configure?.Invoke(seed);
        return new SandboxHost(await SandboxServer.StartAsync(new SandboxOptions { Port = 0, Seed = seed }), token);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
