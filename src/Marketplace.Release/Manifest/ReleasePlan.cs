namespace Marketplace.Release.Manifest;

/// <summary>
/// A validated release manifest: every value interpolated, every path resolved to an absolute path inside the
/// workspace, build numbers computed. The pipeline works from this alone; it never reads the YAML again.
/// </summary>
public sealed record ReleasePlan
{
    /// <summary>Absolute path of the manifest file.</summary>
    public required string ManifestPath { get; init; }

    /// <summary>Absolute path of the workspace every local path must stay inside.</summary>
    public required string WorkspaceRoot { get; init; }

    public required AppSpec App { get; init; }

    public required VersionSpec Version { get; init; }

    public required ListingSpec Listing { get; init; }

    /// <summary>The optional <c>github:</c> section; null when absent.</summary>
    public GitHubSpec? GitHub { get; init; }

    /// <summary>
    /// The developer space id (a UUID): <c>app.developerId</c>, else the environment variable
    /// <c>MARKETPLACE_DEVELOPER_ID</c>; null when neither is set (or the variable is not a UUID). The engine finds the
    /// app's <c>productId</c> with it (<c>GET /rest/3/product-listing/developer-space/{developerId}</c>, all pages,
    /// <c>includePrivate=true</c>). Never null when <see cref="AppListing"/>, <see cref="CloudMigration"/> or
    /// <see cref="PrivacySecurity"/> is set: <c>validate</c> refuses those sections without it.
    /// </summary>
    public string? DeveloperId { get; init; }

    /// <summary>The optional <c>appListing:</c> section (docs/marketplace-api.md § Presence sections); null when absent.</summary>
    public AppListingSpec? AppListing { get; init; }

    /// <summary>The optional <c>cloudMigration:</c> section (docs/marketplace-api.md § Presence sections); null when absent.</summary>
    public CloudMigrationSpec? CloudMigration { get; init; }

    /// <summary>The optional <c>privacySecurity:</c> section (docs/marketplace-api.md § Presence sections); null when absent.</summary>
    public PrivacySecuritySpec? PrivacySecurity { get; init; }

    /// <summary>The optional <c>gates:</c> section (docs/manifest.md); null when absent. Never set without <see cref="DeveloperId"/>.</summary>
    public GatesSpec? Gates { get; init; }
    /// <summary>
    /// The versions of <c>targets:</c> (docs/manifest.md), each complete, in the order written; empty for a manifest
    /// without targets, which is the one version of <see cref="Version"/>. With targets, <see cref="Version"/> and
    /// <see cref="Listing"/> are the first target's and the engine runs <see cref="ForTarget"/> of each.
    /// </summary>
    public IReadOnlyList<TargetSpec> Targets { get; init; } = [];

    /// <summary>
    /// The targets whose compatibility the gates cover together (docs/manifest.md, "Release gates"); empty: the gates
    /// cover this plan's own <see cref="Version"/>.
    /// </summary>
    public IReadOnlyList<TargetSpec> GateTargets { get; init; } = [];

    /// <summary>The name of the target this plan is (see <see cref="ForTarget"/>); null for a manifest without targets.</summary>
    public string? TargetName { get; init; }

    /// <summary>
    /// The plan of one target: its app hosting, version, listing and GitHub release. The presence sections (the app's,
    /// not a version's) stay only when <paramref name="withPresence"/>: they run once, after the last target.
    /// </summary>
    /// <remarks>
    /// The gates stay only when <paramref name="withGates"/> (the first target run): they are checked once, before any
    /// write of any target, over every target's compatibility together (<see cref="GateTargets"/>).
    /// </remarks>
    public ReleasePlan ForTarget(TargetSpec target, bool withPresence, bool withGates = false) => this with
    {
        Gates = withGates ? Gates : null,
        GateTargets = withGates ? Targets : [],
        App = target.App,
        Version = target.Version,
        Listing = target.Listing,
        GitHub = target.GitHub,
        AppListing = withPresence ? AppListing : null,
        CloudMigration = withPresence ? CloudMigration : null,
        PrivacySecurity = withPresence ? PrivacySecurity : null,
        Targets = [],
        TargetName = target.Name,
    };
}
