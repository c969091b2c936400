namespace Marketplace.Release.GitHub;

/// <summary>A GitHub release as the pipeline needs it; no Octokit type leaves <see cref="OctokitGitHubReleases"/>.</summary>
/// <param name="Body">The release body (Markdown); empty when the release has none.</param>
internal sealed record GitHubRelease(long Id, string TagName, string? Name, string Body, string? HtmlUrl, IReadOnlyList<GitHubAsset> Assets);
