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

    /// <summary>The optional <c>appListing:</c> section (spec §11); null when absent.</summary>
    public AppListingSpec? AppListing { get; init; }

    /// <summary>The optional <c>cloudMigration:</c> section (spec §11); null when absent.</summary>
    public CloudMigrationSpec? CloudMigration { get; init; }

    /// <summary>The optional <c>privacySecurity:</c> section (spec §11); null when absent.</summary>
    public PrivacySecuritySpec? PrivacySecurity { get; init; }

    /// <summary>The optional <c>gates:</c> section (docs/manifest.md); null when absent. Never set without <see cref="DeveloperId"/>.</summary>
    public GatesSpec? Gates { get; init; }
}
