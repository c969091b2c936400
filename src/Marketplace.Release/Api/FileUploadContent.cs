using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Marketplace.Release.Api;

/// <summary>
/// A file part streamed from disk with a fixed buffer: never held in memory, reopened on every send so the
/// resilience pipeline can re-send it, reporting progress and computing the SHA-512 of what was sent.
/// </summary>
internal sealed class FileUploadContent : HttpContent
{
    private const int BufferSize = 128 * 1024;
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

    /// <summary>The SHA-512 (lower-case hex) of the bytes sent by the last complete send.</summary>
    public string? Sha512Hex { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var buffer = new byte[BufferSize];
        long sent = 0;
        int read;
        while ((read = await file.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            sent += read;
            progress?.Invoke(sent, length);
        }

        Sha512Hex = Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    protected override bool TryComputeLength(out long length)
    {
        length = this.length;
        return true;
    }
}
