using Marketplace.Release.Api;
using Marketplace.Release.Domain;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Release.Tests.Pipeline;

/// <summary>A run with no Marketplace behind it (the scripted steps make no calls), on a fake clock.</summary>
internal sealed class LoopFixture : IDisposable
{
    private readonly MarketplaceClient client;

    public LoopFixture(bool dryRun = false, bool isPublic = true)
    {
        Options = new ReleaseOptions
        {
            Connection = new MarketplaceConnection(new Uri("http://127.0.0.1:9/"), "user@example.com", "not-a-token"),
            DryRun = dryRun,
            TimeProvider = Time,
        };
        client = new MarketplaceClient(Options.Connection, Options.Client, Time);
        Run = new ReleaseRun(Plan(isPublic), Options, client, Reporter);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    public RecordingReporter Reporter { get; } = new();

    public ReleaseOptions Options { get; }

    public ReleaseRun Run { get; }

    public Task<LoopEnd> RunAsync(params IReleaseStep[] steps) => ReleaseLoop.RunAsync(Run, ReleaseState.Empty, steps, CancellationToken.None);

    public void Dispose() => client.Dispose();

    private static ReleasePlan Plan(bool isPublic) => new()
    {
        ManifestPath = "/workspace/marketplace-release.yml",
        WorkspaceRoot = "/workspace",
        App = new AppSpec("com.example.timesheets", Hosting.DataCenter),
        Version = new VersionSpec
        {
            Number = "1.4.0",
            BuildNumber = 140,
            Framework = Framework.Plugin,
            Compatibility = [],
            PaymentModel = PaymentModel.Free,
            Supported = true,
            Beta = false,
            Agreement = "https://example.com/agreement",
        },
        Listing = new ListingSpec { Public = isPublic },
        GitHub = new GitHubSpec("octo-org/timesheets", "v1.4.0", ReleaseNotes: false, Asset: null, LinkBack: true),
    };
}
