using System.Diagnostics;
using System.Net.Http.Headers;

namespace Marketplace.Release.Api;

/// <summary>
/// <c>--debug</c>: one line per request attempt and one per response, with their headers. Credentials never appear:
/// <c>Authorization</c> shows only its scheme (<c>Basic ***</c>), cookies show <c>***</c>.
/// </summary>
internal sealed class HttpDebugLog(Action<string> log) : DelegatingHandler
{
    private static readonly HashSet<string> Secret = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie" };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var what = $"{request.Method} {request.RequestUri}";
        log($"http → {what} [{Headers(request.Headers, request.Content?.Headers)}]");
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            log($"http ← {(int)response.StatusCode} {response.ReasonPhrase} {what} ({Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms) [{Headers(response.Headers, response.Content.Headers)}]");
            return response;
        }
        catch (Exception exception)
        {
            log($"http ✖ {what} ({Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms): {exception.GetType().Name}: {exception.Message}");
            throw;
        }
    }

    internal static string Headers(HttpHeaders headers, HttpHeaders? content) =>
        string.Join(", ", headers.Concat(content ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .Select(header => $"{header.Key}: {(Secret.Contains(header.Key) ? Redact(header.Value) : string.Join(",", header.Value))}"));

    private static string Redact(IEnumerable<string> values) =>
        string.Join(",", values.Select(value => value.Split(' ', 2) is [var scheme, _] ? $"{scheme} ***" : "***"));
}
