using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Failures;
using Polly.Timeout;

namespace Marketplace.Release.Api;

/// <summary>
/// The transport under every call: reads (404 as null, pages followed), mutations sent once, failures turned into one
/// <see cref="MarketplaceApiException"/> with the kind that decides the exit code, and the wire details (JSON content,
/// relative hrefs, escaping).
/// </summary>
internal sealed partial class MarketplaceClient
{
    private async Task<T?> GetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var what = Describe(HttpMethod.Get, path);
        using var response = await SendRawAsync(reads, request, what, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await ThrowIfFailedAsync(response, what, cancellationToken);
        return await ReadBodyAsync(response, type, what, cancellationToken);
    }

    /// <summary>
    /// Every item of every page (<c>links.next</c> is a path relative to the base, docs/marketplace-api.md § Pagination); null when
    /// the first page is a 404.
    /// </summary>
    private async Task<IReadOnlyList<TItem>?> AllPagesAsync<TPage, TItem>(
        string first, JsonTypeInfo<TPage> type, Func<TPage, PageLinks?> links, Func<TPage, IReadOnlyList<TItem>?> items, CancellationToken cancellationToken)
        where TPage : class
    {
        List<TItem>? all = null;
        await foreach (var page in PagesAsync(first, type, links, cancellationToken))
        {
            (all ??= []).AddRange(items(page) ?? []);
        }

        return all;
    }

    /// <summary>
    /// The pages from <paramref name="first"/> on, following <c>links.next</c> (through <paramref name="nextPath"/>, which
    /// may put back a query parameter the server's link drops) until it is absent, a page is a 404, a link repeats, or
    /// <see cref="MaxPages"/> pages were read: a server that always answers with a next link cannot hold a release for ever.
    /// </summary>
    private async IAsyncEnumerable<TPage> PagesAsync<TPage>(
        string first, JsonTypeInfo<TPage> type, Func<TPage, PageLinks?> links, [EnumeratorCancellation] CancellationToken cancellationToken,
        Func<string, string>? nextPath = null)
        where TPage : class
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        string? next = first;
        for (var page = 0; next is not null && page < MaxPages && visited.Add(next); page++)
        {
            if (await GetAsync(next, type, cancellationToken) is not { } body)
            {
                yield break;
            }

            yield return body;
            next = links(body)?.Next is { Length: > 0 } link ? (nextPath ?? (path => path))(RelativeToBase(link)) : null;
        }
    }

    private async Task SendAsync(HttpClient client, HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken) =>
        await SendAsync(client, method, path, content, cancellationToken, (_, _, _) => Task.FromResult(0));

    private Task<T?> SendAsync<T>(HttpClient client, HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken, JsonTypeInfo<T> type, bool expectContinue = false)
        where T : class =>
        SendAsync(client, method, path, content, cancellationToken, (response, what, token) => ReadBodyAsync(response, type, what, token), expectContinue);

    /// <summary>Sends a mutation once and, when it succeeded, hands the response to <paramref name="read"/>.</summary>
    private async Task<T> SendAsync<T>(HttpClient client, HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken,
        Func<HttpResponseMessage, string, CancellationToken, Task<T>> read, bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.ExpectContinue = expectContinue ? true : null;
        var what = Describe(method, path);
        MutationsSent++;
        using var response = await SendRawAsync(client, request, what, cancellationToken);
        await ThrowIfFailedAsync(response, what, cancellationToken);
        return await read(response, what, cancellationToken);
    }

    private static async Task<HttpResponseMessage> SendRawAsync(HttpClient client, HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException or IOException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new MarketplaceApiException(what, null, null, FailureKind.Transient, exception);
        }
    }

    private async Task ThrowIfFailedAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            // Never followed (AllowAutoRedirect is off): a redirect could carry the credentials to another host.
            throw new MarketplaceApiException(what, status,
                new ApiError(null, [$"redirect to {response.Headers.Location?.ToString() ?? "(no Location)"} not followed"], string.Empty), FailureKind.Refused);
        }

        string? text = null;
        try
        {
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            // The body is only for the message; the status alone decides what happens next.
        }

        throw new MarketplaceApiException(what, status, ApiErrorParser.Parse(text), KindOf(status))
        {
            RetryAfter = RetryAfterOf(response),
        };
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - timeProvider.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    internal static FailureKind KindOf(int status) => status switch
    {
        401 or 403 => FailureKind.Authentication,
        409 => FailureKind.Conflict,
        408 or 429 or >= 500 => FailureKind.Transient,
        >= 400 => FailureKind.Refused,
        _ => FailureKind.Refused,
    };

    private static async Task<T?> ReadBodyAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, string what, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new MarketplaceApiException(what, (int)response.StatusCode,
                new ApiError(null, [$"the response is not the JSON expected ({exception.Message})"], string.Empty), FailureKind.Internal, exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new MarketplaceApiException(what, null, null, FailureKind.Transient, exception);
        }
    }

    private static StringContent JsonContent<T>(T value, JsonTypeInfo<T> type, string mediaType = "application/json") =>
        new(JsonSerializer.Serialize(value, type), Encoding.UTF8, new MediaTypeHeaderValue(mediaType));

    private static MarketplaceApiException EmptyBody(string what) =>
        new(what, 200, new ApiError(null, ["the response has no body or no id"], string.Empty), FailureKind.Internal);

    private string RelativeToBase(string href)
    {
        // Hrefs may be relative to the base ("/rest/3/…") or absolute; the client's BaseAddress ends in "/marketplace/".
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return href.TrimStart('/');
    }

    private static string Describe(HttpMethod method, string path)
    {
        var question = path.IndexOf('?', StringComparison.Ordinal);
        return $"{method} /{(question >= 0 ? path[..question] : path)}";
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static string ImageMediaType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".bmp" => "image/bmp",
        _ => "application/octet-stream",
    };
}
