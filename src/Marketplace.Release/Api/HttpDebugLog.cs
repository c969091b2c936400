using System.Diagnostics;
using System.Net.Http.Headers;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Api;

/// <summary>
/// <c>--debug</c>: one line per request attempt and one per response, with their headers, then a line with the
/// body of each (docs/marketplace-api.md § Debug output: JSON bodies with secrets masked, upload bodies as a size; see <see cref="DebugBody"/>).
/// Credentials never appear: <c>Authorization</c> shows only its scheme (<c>Basic ***</c>), cookies show <c>***</c>.
/// Requests sent side by side must not interleave their lines: a request (its line and its body's) and a response
/// are each described first and then written whole, under <paramref name="gate"/>, shared by every client of a run.
/// </summary>
internal sealed class HttpDebugLog(Action<string> log, DebugBody bodies, Lock gate) : DelegatingHandler
{
    private static readonly HashSet<string> Secret = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie" };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var what = $"{request.Method} {request.RequestUri}";
        var sending = $"http → {what} [{Headers(request.Headers, request.Content?.Headers)}]";
        Write(sending, request.Content is { } sent ? $"http → body: {await DescribeAsync(sent, cancellationToken)}" : null);

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var answered = $"http ← {(int)response.StatusCode} {response.ReasonPhrase} {what} ({DurationText.Format(Stopwatch.GetElapsedTime(started))}) [{Headers(response.Headers, response.Content.Headers)}]";
            if (DebugBody.IsJson(response.Content))
            {
                // Buffered so that the client still reads the whole body after the log did.
                await response.Content.LoadIntoBufferAsync(cancellationToken);
            }

            Write(answered, $"http ← body: {await DescribeAsync(response.Content, cancellationToken)}");
            return response;
        }
        catch (Exception exception)
        {
            Write($"http ✖ {what} ({DurationText.Format(Stopwatch.GetElapsedTime(started))}): {exception.GetType().Name}: {exception.Message}");
            throw;
        }
    }

    private void Write(string line, string? body = null)
    {
        lock (gate)
        {
            log(line);
            if (body is not null)
            {
                log(body);
            }
        }
    }

    internal static string Headers(HttpHeaders headers, HttpHeaders? content) =>
        string.Join(", ", headers.Concat(content ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .Select(header => $"{header.Key}: {(Secret.Contains(header.Key) ? Redact(header.Value) : string.Join(",", header.Value))}"));

    private async Task<string> DescribeAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (!DebugBody.IsJson(content))
        {
            // An upload streams a file (never read twice for a log); a download is bytes: their size says enough.
            return content.Headers.ContentLength == 0 ? "(none)" : DebugBody.Size(content);
        }

        var text = await content.ReadAsStringAsync(cancellationToken);
        return text.Length == 0 ? "(none)" : bodies.Json(text);
    }

    private static string Redact(IEnumerable<string> values) =>
        string.Join(",", values.Select(value => value.Split(' ', 2) is [var scheme, _] ? $"{scheme} ***" : "***"));
}
