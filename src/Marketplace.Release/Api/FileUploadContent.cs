using System.Net;
using System.Net.Http.Headers;

namespace Marketplace.Release.Api;

/// <summary>
/// A file part streamed from disk through one fixed buffer: never held in memory, reopened on every send so the
/// resilience pipeline can re-send it, reporting progress. It does not hash what it sends: on a fast link the
/// SHA-512 of 250 MB costs as much CPU as the whole transfer, and the Marketplace answers with the checksum of
/// what it received anyway (see <see cref="FileStamp"/> for how a file changed mid-upload is still noticed).
/// </summary>
internal sealed class FileUploadContent : HttpContent
{
    /// <summary>Large enough that a 250 MB upload is ~1000 socket writes, small enough to be nothing in RSS.</summary>
    private const int BufferSize = 256 * 1024;
    private readonly string path;
    private readonly long length;
    private readonly Action<long, long>? progress;

    public FileUploadContent(string path, string mediaType, Action<long, long>? progress)
    {
        this.path = path;
        this.progress = progress;
        length = new FileInfo(path).Length;
        Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        // Synchronous reads: file reads on Linux are not truly asynchronous (FileOptions.Asynchronous only moves them
        // to the thread pool), and an artifact the build just wrote is read from the page cache.
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        var buffer = new byte[BufferSize];
        long sent = 0;
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            sent += read;
            progress?.Invoke(sent, length);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = this.length;
        return true;
    }
}
