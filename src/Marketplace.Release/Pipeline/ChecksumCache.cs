namespace Marketplace.Release.Pipeline;

/// <summary>
/// The <c>sha512:</c> checksum of each local file, computed at most once per run (hashing 250 MB costs about a
/// second). A download or an upload that already knows a file's checksum hands it in. Safe to use from steps and
/// reads that run side by side.
/// </summary>
internal sealed class ChecksumCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> checksums = new(StringComparer.Ordinal);

    public async Task<string> Sha512Async(string path, CancellationToken cancellationToken)
    {
        if (!checksums.TryGetValue(path, out var checksum))
        {
            checksum = await FileChecksum.Sha512Async(path, cancellationToken);
            checksum = checksums.GetOrAdd(path, checksum);
        }

        return checksum;
    }

    public void Remember(string path, string checksum) => checksums[path] = checksum;
}
