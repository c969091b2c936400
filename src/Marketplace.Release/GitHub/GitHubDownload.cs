namespace Marketplace.Release.GitHub;

/// <summary>A downloaded asset: where it is, how big, and its checksum in the Marketplace's notation (<c>sha512:…</c>).</summary>
internal sealed record GitHubDownload(string Path, long Bytes, string Checksum);
