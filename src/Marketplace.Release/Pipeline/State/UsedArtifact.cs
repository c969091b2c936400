namespace Marketplace.Release.Pipeline.State;

/// <summary>The artifact the version uses or will use.</summary>
/// <param name="Ready">True once it is known to be processed (or the live version already uses it).</param>
/// <param name="Checksum">
/// The Marketplace's <c>fileInfo.checksum</c> of it (<c>sha512:…</c>) when known: for a connect descriptor fetched
/// from a URL this is the only hash of what is released, and the version is found again by it (docs/marketplace-api.md § Frameworks and exactly-once creates).
/// </param>
internal sealed record UsedArtifact(string Id, bool Ready, string? Checksum = null);
