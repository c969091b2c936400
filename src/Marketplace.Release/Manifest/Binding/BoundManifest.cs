namespace Marketplace.Release.Manifest.Binding;

internal sealed record BoundManifest(AppSpec App, VersionSpec Version, ListingSpec Listing, GitHubSpec? GitHub);
