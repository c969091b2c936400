using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Marketplace.Release.GitHub;

/// <summary>
/// Downloads a release asset straight to disk. Octokit's own raw download asks for
/// <c>application/vnd.github.v3.raw</c>, which the asset endpoint answers with the asset's JSON rather than its bytes;
/// the asset endpoint needs <c>Accept: application/octet-stream</c> and answers with a redirect to the file.
/// The token goes only to the API's own origin, never along a redirect to another host (GitHub's redirect is a
/// pre-signed URL to its object storage).
/// </summary>
internal sealed class GitHubAssetDownloader : IDisposable
{
    private const int MaxRedirects = 5;
    private readonly GitHubConnection connection;
    private readonly HttpClient http;

    public GitHubAssetDownloader(GitHubConnection connection, TimeSpan connectTimeout)
    {
        this.connection = connection;
        http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = connectTimeout, AutomaticDecompression = DecompressionMethods.None })
        {
            // A 250 MB download over a slow link may take long; the caller's token bounds it.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("marketplace-release", ThisAssembly.Version));
    }

    public async Task<GitHubDownload> DownloadAsync(GitHubAsset asset, string path, long maxBytes, Action<long>? progress, TimeProvider time, CancellationToken cancellationToken)
    {
        var request = $"GET {asset.ApiUrl.AbsolutePath.TrimStart('/')}";
        var uri = asset.ApiUrl;
        var authorize = SameOrigin(uri, connection.ApiUrl);
        for (var redirects = 0; ; redirects++)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, uri);
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/octet-stream"));
            if (authorize)
            {
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", connection.Token);
            }

            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
            {
                if (redirects == MaxRedirects)
                {
                    throw new GitHubException(GitHubErrorKind.Refused, request, status, $"more than {MaxRedirects} redirects");
                }

                uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
                authorize = authorize && SameOrigin(uri, connection.ApiUrl);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw Failure(response, request, time);
            }

            var expected = response.Content.Headers.ContentLength ?? asset.Size;
            if (expected > maxBytes)
            {
                throw new GitHubAssetTooLargeException(asset.Name, expected);
            }

            return await CopyAsync(response, path, maxBytes, asset, progress, request, cancellationToken);
        }
    }

    public void Dispose() => http.Dispose();

    private static async Task<GitHubDownload> CopyAsync(HttpResponseMessage response, string path, long maxBytes, GitHubAsset asset, Action<long>? progress, string request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        long bytes = 0;
        var buffer = new byte[81920];
        try
        {
            await using var source = await response.Content.ReadAsStreamAsync(cancellationToken);
            await using var target = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                bytes += read;
                if (bytes > maxBytes)
                {
                    // Checked while streaming: a server that announced no (or a false) length is cut off here.
                    throw new GitHubAssetTooLargeException(asset.Name, bytes);
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                progress?.Invoke(bytes);
            }
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw new GitHubException(GitHubErrorKind.Transient, request, null, $"the download of {asset.Name} broke off after {bytes} bytes: {exception.Message}", null, exception);
        }

        if (asset.Size > 0 && bytes != asset.Size)
        {
            throw new GitHubException(GitHubErrorKind.Transient, request, null, $"the download of {asset.Name} ended after {bytes} of {asset.Size} bytes");
        }

        return new GitHubDownload(path, bytes, "sha512:" + Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static GitHubException Failure(HttpResponseMessage response, string request, TimeProvider time)
    {
        var status = (int)response.StatusCode;
        string? Header(string name) => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
        if (OctokitErrors.IsRateLimit(status, Header))
        {
            return new GitHubException(GitHubErrorKind.RateLimited, request, status, response.ReasonPhrase, OctokitErrors.ResetAt(Header, time) ?? time.GetUtcNow().AddMinutes(1));
        }

        var kind = status switch
        {
            401 => GitHubErrorKind.Unauthorized,
            403 => GitHubErrorKind.Forbidden,
            404 => GitHubErrorKind.NotFound,
            >= 500 => GitHubErrorKind.Transient,
            _ => GitHubErrorKind.Refused,
        };
        return new GitHubException(kind, request, status, response.ReasonPhrase);
    }

    private static bool SameOrigin(Uri left, Uri right) =>
        string.Equals(left.Scheme, right.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(left.IdnHost, right.IdnHost, StringComparison.OrdinalIgnoreCase)
        && left.Port == right.Port;
}
