using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Manifest;

namespace Marketplace.Release.Pipeline.State;

/// <summary>
/// What the steps have learnt of the live Marketplace (and GitHub) so far. Immutable: a step reads it and hands
/// back a changed copy (<c>state with { … }</c>); the engine loop alone holds the current one. The plan is never
/// part of it and never changes.
/// </summary>
internal sealed record ReleaseState
{
    public static ReleaseState Empty { get; } = new();

    /// <summary>Set by <c>resolve</c>.</summary>
    public ResolvedApp? App { get; init; }

    /// <summary>The GitHub release of <c>github.release</c>, as <c>github-release</c> read it.</summary>
    public GitHubSource? GitHub { get; init; }

    /// <summary>The version as last read; null while it does not exist.</summary>
    public VersionResponse? LiveVersion { get; init; }

    /// <summary>
    /// True once <c>create-version</c> made this release's version in this run (or found the one a lost answer of ours
    /// made): the app listing's local icon and banner are uploaded for a new version (docs/manifest.md, appListing).
    /// </summary>
    public bool CreatesVersion { get; init; }

    /// <summary>The version's listing as last read; null while it does not exist.</summary>
    public LiveListing? Listing { get; init; }

    /// <summary>The newest earlier version's listing, for <c>inherit: previous</c>.</summary>
    public JsonObject? PreviousListing { get; init; }

    /// <summary>The artifact the version uses or will use.</summary>
    public UsedArtifact? Artifact { get; init; }

    /// <summary>Image ids of uploaded local images.</summary>
    public ImmutableDictionary<ImageKey, string> ImageIds { get; init; } = ImmutableDictionary<ImageKey, string>.Empty;

    /// <summary>
    /// Set by the engine loop once a step's change ran (or was attempted): from then on what was read before may be
    /// out of date. While false, <c>verify</c> checks the version and listing as reconcile read them, moments ago,
    /// instead of reading them again (issue 22).
    /// </summary>
    public bool SentChanges { get; init; }

    /// <summary>Set by <c>resolve-product</c> when the plan has a presence section (docs/marketplace-api.md § Presence sections).</summary>
    public ResolvedProduct? Product { get; init; }

    public ResolvedProduct RequireProduct() => Product ?? throw new InvalidOperationException("resolve-product must run before the presence steps");

    public ResolvedApp RequireApp() => App ?? throw new InvalidOperationException("resolve must run before the other steps");

    /// <summary>
    /// The build number of this release's version: the manifest's, or for connect and forge, whose build number the
    /// Marketplace assigns (docs/marketplace-api.md § Frameworks and exactly-once creates), the live version's once reconcile found it or create-version made it (from the
    /// 201's <c>Location</c>); null before that.
    /// </summary>
    public long? BuildNumber(ReleasePlan plan) =>
        plan.Version.BuildAssignedByMarketplace ? LiveVersion?.BuildNumber : plan.Version.BuildNumber;

    public long RequireBuildNumber(ReleasePlan plan) => BuildNumber(plan)
        ?? throw new InvalidOperationException("the Marketplace assigns this version's build number: create-version must run before the steps that use it");

    /// <summary>
    /// The version the steps release: the manifest's, with the release notes and the artifact that the GitHub
    /// release supplies (when <c>github:</c> asks for them). Derived here, in one place, rather than swapping the
    /// plan mid-run: the plan stays what the manifest said, and what GitHub said is state like any other live read.
    /// </summary>
    public VersionSpec Version(ReleasePlan plan)
    {
        var version = plan.Version;
        if (GitHub is not { } source)
        {
            return version;
        }

        if (source.TakesReleaseNotes)
        {
            version = version with { ReleaseNotes = source.ReleaseNotes };
        }

        return source.Asset is { } asset ? version with { Artifact = new ArtifactSource(asset.Path, null) } : version;
    }
}
