namespace Marketplace.Release.GitHub;

/// <param name="ApiUrl">The asset's API URL; a GET with <c>Accept: application/octet-stream</c> downloads it (through a redirect).</param>
internal sealed record GitHubAsset(long Id, string Name, long Size, Uri ApiUrl);
