using Marketplace.Sandbox;

namespace Marketplace.Release.Cli.Tests.Fixtures;

/// <summary>
/// A sandbox on 127.0.0.1 with the default seed (the example app), tuned for tests: processing takes a fraction
/// of a second and uploads need no spacing, unless a test says otherwise.
/// </summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    public const string User = "sandbox@example.com";
    public const string Token = "sandbox-token";
    public const string ExampleAppKey = "com.example.timesheets";

    private SandboxHost(SandboxServer server) => Server = server;

    public SandboxServer Server { get; }

    public SandboxState State => Server.State;

    public string AppSoftwareId => State.AppSoftwareId(ExampleAppKey, "datacenter")!;

    /// <summary>Every POST and PUT the sandbox received.</summary>
    public IReadOnlyList<RecordedRequest> Mutations => [.. Server.Requests.Where(r => r.Method is "POST" or "PUT")];

    /// <param name="onRequest">Told about each API request as it arrives and once answered (see <see cref="SandboxOptions.OnRequest"/>).</param>
    /// <param name="time">The sandbox's clock (approval reviews, processing); a test that moves it decides when a review ends.</param>
    public static async Task<SandboxHost> StartAsync(Action<SandboxSeed>? configure = null, Func<SandboxRequestEvent, CancellationToken, Task>? onRequest = null, TimeProvider? time = null)
    {
        var seed = SandboxSeed.Default;
        seed.ProcessingDelay = TimeSpan.FromMilliseconds(300);
        seed.UploadSpacing = TimeSpan.Zero;
        configure?.Invoke(seed);
        return new SandboxHost(await SandboxServer.StartAsync(new SandboxOptions { Port = 0, Seed = seed, OnRequest = onRequest, TimeProvider = time ?? TimeProvider.System }));
    }

    /// <summary>Every <c>POST …/versions</c> of the example app's Data Center software (version creates, not listing ones).</summary>
    public IReadOnlyList<RecordedRequest> VersionCreates =>
        [.. Server.Requests.Where(r => r.Method == "POST" && r.PathAndQuery == $"/marketplace/rest/3/app-software/{AppSoftwareId}/versions")];

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string pathPrefix) =>
        [.. Server.Requests.Where(r => r.Method == method && r.PathAndQuery.StartsWith("/marketplace" + pathPrefix, StringComparison.Ordinal))];

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
