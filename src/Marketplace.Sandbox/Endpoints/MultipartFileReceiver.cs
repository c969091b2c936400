using System.Buffers;
using System.Security.Cryptography;
using Marketplace.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// Streams the multipart part named <c>file</c> to a temp file while hashing it, in 64 KiB chunks, so a 200 MB
/// artifact never sits in memory. Past the size limit it stops writing but keeps reading to the end of the body,
/// so the client receives the 413 instead of a reset connection.
/// </summary>
internal static class MultipartFileReceiver
{
    /// <summary>Room for the multipart boundaries and part headers around the file itself.</summary>
    private const long EnvelopeAllowance = 64 * 1024;

    private const int ChunkSize = 64 * 1024;

    public static async Task<ReceivedFile> ReceiveAsync(HttpContext context, string directory, long maxBytes, Func<string, ApiProblem> invalid, Func<ApiProblem> tooLarge)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw invalid("Expected a multipart/form-data body with a part named 'file'");
        }

        if (context.Request.ContentLength > maxBytes + EnvelopeAllowance)
        {
            throw tooLarge();
        }

        var reader = new MultipartReader(boundary, context.Request.Body) { BodyLengthLimit = null };
        ReceivedFile? received = null;
        var exceeded = false;
        try
        {
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                if (received is not null || exceeded
                    || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.IsFileDisposition()
                    || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, "file", StringComparison.Ordinal))
                {
                    await section.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                    continue;
                }

                var fileName = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? string.Empty);
                received = await SpoolAsync(section.Body, fileName, directory, maxBytes, context.RequestAborted);
                exceeded = received is null;
            }
        }
        catch (InvalidDataException exception)
        {
            Delete(received);
            throw invalid("Malformed multipart body: " + exception.Message);
        }
        catch
        {
            Delete(received);
            throw;
        }

        if (exceeded)
        {
            throw tooLarge();
        }

        return received ?? throw invalid("Missing the multipart part 'file'");
    }

    public static void Delete(ReceivedFile? file)
    {
        if (file is not null)
        {
            File.Delete(file.TempPath);
        }
    }

    /// <summary>Copies the part to a new temp file; null (and no file left) when it is larger than <paramref name="maxBytes"/>.</summary>
    private static async Task<ReceivedFile?> SpoolAsync(Stream body, string fileName, string directory, long maxBytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        var head = new byte[16];
        var headLength = 0;
        long size = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, ChunkSize, useAsync: true))
            {
                int read;
                while ((read = await body.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        continue; // drain the rest; the answer will be 413
                    }

                    if (headLength < head.Length)
                    {
                        var take = Math.Min(head.Length - headLength, read);
                        Array.Copy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (size > maxBytes)
        {
            File.Delete(path);
            return null;
        }

        return new ReceivedFile(fileName, path, size, Convert.ToHexStringLower(hash.GetHashAndReset()), head[..headLength]);
    }
}
