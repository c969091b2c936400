namespace Marketplace.Release.Manifest;

/// <summary>
/// One entry of <c>targets:</c> as a complete version: the app with the target's hosting, the version and listing
/// the target's keys make of the top-level sections, and the GitHub release with the target's own asset.
/// </summary>
/// <param name="Name">The target's name (<c>[a-z0-9-]</c>, 1 to 32 characters, unique in the manifest).</param>
public sealed record TargetSpec(string Name, AppSpec App, VersionSpec Version, ListingSpec Listing, GitHubSpec? GitHub);
