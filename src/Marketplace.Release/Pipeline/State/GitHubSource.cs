using Marketplace.Release.GitHub;

namespace Marketplace.Release.Pipeline.State;

/// <summary>What the GitHub release supplies to the version.</summary>
/// <param name="TakesReleaseNotes">True when <c>github.releaseNotes</c> is set: <see cref="ReleaseNotes"/> replaces the manifest's (even when null).</param>
/// <param name="ReleaseNotes">The release body as release notes; null when it is empty.</param>
/// <param name="Asset">The downloaded asset, when <c>github.asset</c> names the artifact.</param>
internal sealed record GitHubSource(GitHubRelease Release, bool TakesReleaseNotes, string? ReleaseNotes, GitHubDownload? Asset);
