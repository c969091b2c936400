namespace Marketplace.Release.Manifest.Binding;

internal sealed record BoundManifest(AppSpec App, VersionSpec Version, ListingSpec Listing, GitHubSpec? GitHub)
{
    /// <summary>The resolved developer id (see <see cref="ReleasePlan.DeveloperId"/>).</summary>
    public string? DeveloperId { get; init; }

    public AppListingSpec? AppListing { get; init; }

    public CloudMigrationSpec? CloudMigration { get; init; }

    public PrivacySecuritySpec? PrivacySecurity { get; init; }

    public GatesSpec? Gates { get; init; }
    /// <summary>The versions of <c>targets:</c> in the order written; empty without it.</summary>
    public IReadOnlyList<TargetSpec> Targets { get; init; } = [];
}
