using System.Text.Json.Nodes;
using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.Listing;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Release.Tests.Pipeline.Steps;

/// <summary>
/// One step against <see cref="FakeMarketplaceApi"/>: a Data Center plugin release (1.4.0, build 140) of the app
/// software <see cref="AppSoftwareId"/>, on a fake clock; the test changes the plan or the live state, then asks the
/// step to decide and, for a change, runs its work.
/// </summary>
internal sealed class StepFixture
{
    public const string AppSoftwareId = "app-software-1";
    public const long Build = 140;

    public FakeMarketplaceApi Api { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    public RecordingReporter Reporter { get; } = new();

    public ReleasePlan Plan { get; set; } = new()
    {
        ManifestPath = "/workspace/marketplace-release.yml",
        WorkspaceRoot = "/workspace",
        App = new AppSpec("com.example.timesheets", Hosting.DataCenter),
        Version = new VersionSpec
        {
            Number = "1.4.0",
            BuildNumber = Build,
            Framework = Framework.Plugin,
            Compatibility = [],
            PaymentModel = PaymentModel.Free,
            Supported = true,
            Beta = false,
            Agreement = "https://example.com/agreement",
        },
        Listing = new ListingSpec { Public = true },
    };

    public ReleaseOptions Options => new()
    {
        Connection = new MarketplaceConnection(new Uri("http://127.0.0.1:9/"), "user@example.com", "not-a-token"),
        TimeProvider = Time,
    };

    /// <summary>The state once resolve has run: the app software is known, nothing else.</summary>
    public static ReleaseState Resolved { get; } = ReleaseState.Empty with { App = new ResolvedApp(AppSoftwareId, [new Compatibility("jira", 9120000, 10040000)]) };

    /// <summary>GitHub, for the steps of a <c>github:</c> section; none by default.</summary>
    public IGitHubReleases? GitHub { get; set; }

    public ReleaseRun Run(ReleaseOptions? options = null) => new(Plan, options ?? Options, Api, Reporter) { GitHub = GitHub };

    /// <summary>A bound on a step that would wait on the fake clock: it fails the test instead of hanging it.</summary>
    private static CancellationToken Bounded => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    public Task<StepDecision> DecideAsync(IReleaseStep step, ReleaseState state, ReleaseOptions? options = null) =>
        step.DecideAsync(Run(options), state, Bounded);

    /// <summary>Seeds the live version as the manifest would create it (no calls recorded).</summary>
    public async Task<VersionResponse> SeedVersionAsync(ReleaseState state)
    {
        await Api.CreateVersionAsync(AppSoftwareId, DesiredVersion.Build(Plan, state), CancellationToken.None);
        Api.Calls.Clear();
        return Api.Versions[Build];
    }

    /// <summary>Seeds the version's listing as the manifest would send it, in <paramref name="listingState"/>.</summary>
    public JsonObject SeedListing(ReleaseState state, string listingState)
    {
        var body = DesiredListing.Build(Plan.Listing, state).Send(StatusWords.ListingState(listingState)!.Value);
        Api.Listings[Build] = body;
        return (JsonObject)body.DeepClone();
    }

    /// <summary>Decides, then runs the decision's work (as the loop would outside a dry run).</summary>
    public async Task<(StepDecision Decision, StepEffect Run)> ActAsync(IReleaseStep step, ReleaseState state, ReleaseOptions? options = null)
    {
        var decision = await DecideAsync(step, state, options);
        Assert.That(decision.Action, Is.Not.Null, $"{step.Name} decided {decision.Kind} ({decision.Text}) with no work");
        return (decision, await decision.Action!(Bounded));
    }
}
