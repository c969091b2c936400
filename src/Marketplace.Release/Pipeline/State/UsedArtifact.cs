namespace Marketplace.Release.Pipeline.State;

/// <summary>The artifact the version uses or will use.</summary>
/// <param name="Ready">True once it is known to be processed (or the live version already uses it).</param>
internal sealed record UsedArtifact(string Id, bool Ready);
