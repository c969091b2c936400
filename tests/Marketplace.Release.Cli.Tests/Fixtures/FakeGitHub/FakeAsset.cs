namespace Marketplace.Release.Cli.Tests.Fixtures.FakeGitHub;

/// <param name="DeclaredSize">The <c>size</c> the API reports; null = the content's length. A test may lie with it.</param>
/// <param name="Chunked">Serve the download without a Content-Length (so only the streamed byte count can stop it).</param>
internal sealed record FakeAsset(long Id, string Name, byte[] Content, long? DeclaredSize = null, bool Chunked = false)
{
    public long Size => DeclaredSize ?? Content.LongLength;
}
