namespace Marketplace.Release.Manifest;

/// <param name="Repository"><c>owner/name</c>; defaults to <c>GITHUB_REPOSITORY</c>.</param>
/// <param name="Release">The tag of the GitHub release of this version.</param>
/// <param name="ReleaseNotes">Take the version's release notes from the release body.</param>
/// <param name="Asset">A glob naming the release asset that is the artifact.</param>
/// <param name="LinkBack">Add the Marketplace link to the release body after a verified publish, once.</param>
public sealed record GitHubSpec(string? Repository, string Release, bool ReleaseNotes, string? Asset, bool LinkBack);
