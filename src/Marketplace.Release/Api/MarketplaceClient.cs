using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Polly.Timeout;

namespace Marketplace.Release.Api;

/// <summary>
/// The only code that speaks HTTP to the Marketplace REST API v3. Reads answer null for 404; every other
/// failure is a <see cref="MarketplaceApiException"/> of the right <see cref="FailureKind"/>.
/// </summary>
internal sealed partial class MarketplaceClient : IMarketplaceApi, IDisposable
{
    /// <summary>The most pages a list is followed for: a server whose cursor never ends cannot hold a release forever.</summary>
    private const int MaxPages = 200;
    private static readonly MarketplaceJsonContext Json = MarketplaceJsonContext.Default;
    private readonly MarketplaceHttp http;
    private readonly HttpClient reads;
    private readonly HttpClient creates;
    private readonly HttpClient uploads;
    private readonly TimeProvider timeProvider;

    /// <param name="debugLog">When set (<c>--debug</c>), receives a line per request and response; credentials redacted.</param>
    public MarketplaceClient(MarketplaceConnection connection, MarketplaceClientOptions options, TimeProvider timeProvider, Action<string>? debugLog = null)
    {
        Connection = connection;
        Options = options;
        this.timeProvider = timeProvider;
        http = new MarketplaceHttp(connection, options, timeProvider, debugLog);
        reads = http.Reads;
        creates = http.Creates;
        uploads = http.Uploads;
    }

    public MarketplaceConnection Connection { get; }

    public MarketplaceClientOptions Options { get; }

    /// <summary>Counts requests by method, for the result's honesty about what was sent.</summary>
    public int MutationsSent { get; private set; }

    public async Task<IReadOnlyList<AppSoftware>?> GetAppSoftwareAsync(string appKey, Hosting hosting, CancellationToken cancellationToken) =>
        await GetAsync($"rest/3/app-software/app-key/{Escape(appKey)}?hosting={Escape(hosting.Word())}", Json.AppSoftwareArray, cancellationToken);

    public async Task<long?> GetParentSoftwareBuildNumberAsync(string product, string versionNumber, CancellationToken cancellationToken) =>
        (await GetAsync($"rest/3/parent-software/{Escape(product)}/versions/number/{Escape(versionNumber)}", Json.ParentSoftwareVersion, cancellationToken))?.BuildNumber;

    public Task<VersionResponse?> GetVersionAsync(string appSoftwareId, long buildNumber, CancellationToken cancellationToken) =>
        GetAsync($"rest/3/app-software/{Escape(appSoftwareId)}/versions/{buildNumber}", Json.VersionResponse, cancellationToken);

    /// <summary>Every version of the app software, following <c>links.next</c> until it is absent.</summary>
    public async Task<IReadOnlyList<VersionResponse>> ListVersionsAsync(string appSoftwareId, CancellationToken cancellationToken) =>
        await AllPagesAsync($"rest/3/app-software/{Escape(appSoftwareId)}/versions?limit=50", Json.VersionsPage,
            page => page.Links, page => page.Versions, cancellationToken) ?? [];

    /// <summary>
    /// The version as JSON with every field the GET shows: the body a version <c>PUT</c> starts from (docs/marketplace-api.md § Compatibility updates: the
    /// whole version as read, the editable fields replaced). Null for 404.
    /// </summary>
    public Task<JsonObject?> GetVersionBodyAsync(string appSoftwareId, long buildNumber, CancellationToken cancellationToken) =>
        GetAsync($"rest/3/app-software/{Escape(appSoftwareId)}/versions/{buildNumber}", Json.JsonObject, cancellationToken);

    /// <summary>
    /// <c>PUT …/versions/{buildNumber}</c> with the <c>revision</c> read last. One attempt, never retried here: a stale
    /// revision is refused (400 <c>REVISION_MISMATCH</c>) and a lost answer may hide a success, so the caller re-reads.
    /// </summary>
    public Task UpdateVersionAsync(string appSoftwareId, long buildNumber, JsonObject version, CancellationToken cancellationToken) =>
        SendAsync(creates, HttpMethod.Put, $"rest/3/app-software/{Escape(appSoftwareId)}/versions/{buildNumber}",
            JsonContent(version, Json.JsonObject), cancellationToken);

    /// <summary>
    /// Every version of a product (<c>GET /rest/3/parent-software/{id}/versions</c>, every page, 50 at a time), in the
    /// order the Marketplace lists them. Null when the Marketplace knows no such product (404).
    /// </summary>
    public Task<IReadOnlyList<ParentSoftwareVersion>?> ListParentSoftwareVersionsAsync(string product, CancellationToken cancellationToken) =>
        AllPagesAsync($"rest/3/parent-software/{Escape(product)}/versions?limit=50", Json.ParentSoftwareVersionsPage,
            page => page.Links, page => page.Versions, cancellationToken);

    /// <summary>The product version with this build number (<c>…/versions/build/{buildNumber}</c>); null for 404.</summary>
    public Task<ParentSoftwareVersion?> GetParentSoftwareVersionByBuildAsync(string product, long buildNumber, CancellationToken cancellationToken) =>
        GetAsync($"rest/3/parent-software/{Escape(product)}/versions/build/{buildNumber}", Json.ParentSoftwareVersion, cancellationToken);

    public Task<JsonObject?> GetListingAsync(string appSoftwareId, long buildNumber, CancellationToken cancellationToken) =>
        GetAsync($"rest/3/app-software/{Escape(appSoftwareId)}/versions/{buildNumber}/listing", Json.JsonObject, cancellationToken);

    public Task<ArtifactResponse?> GetArtifactAsync(string artifactId, CancellationToken cancellationToken) =>
        GetAsync($"rest/3/artifacts/{Escape(artifactId)}", Json.ArtifactResponse, cancellationToken);

    /// <summary>One look at a processing artifact: its body (null for 404) and the <c>Retry-After</c> the answer carried.</summary>
    public async Task<ArtifactPoll> PollArtifactAsync(string artifactId, CancellationToken cancellationToken)
    {
        var path = $"rest/3/artifacts/{Escape(artifactId)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var what = Describe(HttpMethod.Get, path);
        using var response = await SendRawAsync(reads, request, what, cancellationToken);
        var retryAfter = RetryAfterOf(response);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return new ArtifactPoll(null, retryAfter);
        }

        await ThrowIfFailedAsync(response, what, cancellationToken);
        return new ArtifactPoll(await ReadBodyAsync(response, Json.ArtifactResponse, what, cancellationToken), retryAfter);
    }

    /// <summary>
    /// <c>POST …/versions</c>: 201 with no body and a <c>Location</c> naming the version, whose build number the
    /// Marketplace assigns for connect and forge. Never retried here: the caller re-reads and decides.
    /// </summary>
    public Task<CreatedVersion> CreateVersionAsync(string appSoftwareId, VersionCreateRequest request, CancellationToken cancellationToken) =>
        SendAsync(creates, HttpMethod.Post, $"rest/3/app-software/{Escape(appSoftwareId)}/versions",
            JsonContent(request, Json.VersionCreateRequest), cancellationToken,
            (response, _, _) => Task.FromResult(new CreatedVersion(
                VersionLocation.BuildNumberOf(response.Headers.Location, Connection.BaseUrl, appSoftwareId),
                response.Headers.Location?.OriginalString)));

    /// <summary><c>POST …/listing</c>: 201 with no body. Never retried here: the caller re-reads and decides.</summary>
    public Task CreateListingAsync(string appSoftwareId, long buildNumber, JsonObject listing, CancellationToken cancellationToken) =>
        SendAsync(creates, HttpMethod.Post, $"rest/3/app-software/{Escape(appSoftwareId)}/versions/{buildNumber}/listing",
            JsonContent(listing, Json.JsonObject), cancellationToken);

    /// <summary><c>PUT …/listing</c> with the revision read last; a stale one is refused, so it is never retried blindly.</summary>
    public Task UpdateListingAsync(string appSoftwareId, long buildNumber, JsonObject listing, CancellationToken cancellationToken) =>
        SendAsync(creates, HttpMethod.Put, $"rest/3/app-software/{Escape(appSoftwareId)}/versions/{buildNumber}/listing",
            JsonContent(listing, Json.JsonObject), cancellationToken);

    /// <summary>Streams the file as the multipart part <c>file</c>; <paramref name="progress"/> gets (sent, total).</summary>
    public async Task<ArtifactResponse> UploadArtifactAsync(string path, Action<long, long>? progress, CancellationToken cancellationToken)
    {
        using var file = new FileUploadContent(path, "application/octet-stream", progress);
        using var form = new MultipartFormDataContent { { file, "file", Path.GetFileName(path) } };
        // Expect: 100-continue: a refusal (401, 413, 429) comes back before the file is sent, not after.
        var body = await SendAsync(uploads, HttpMethod.Post, "rest/3/artifacts", form, cancellationToken, Json.ArtifactResponse, expectContinue: true);
        return body ?? throw EmptyBody("POST /rest/3/artifacts");
    }

    public async Task<ArtifactResponse> FetchArtifactAsync(Uri uri, CancellationToken cancellationToken)
    {
        var body = await SendAsync(uploads, HttpMethod.Post, "rest/3/artifacts/fetch",
            JsonContent(new ArtifactFetchRequest(uri.ToString()), Json.ArtifactFetchRequest), cancellationToken, Json.ArtifactResponse);
        return body ?? throw EmptyBody("POST /rest/3/artifacts/fetch");
    }

    public async Task<ImageResponse> UploadImageAsync(string imageType, string path, CancellationToken cancellationToken)
    {
        using var file = new FileUploadContent(path, ImageMediaType(path), null);
        using var form = new MultipartFormDataContent { { file, "file", Path.GetFileName(path) } };
        var body = await SendAsync(uploads, HttpMethod.Post, $"rest/3/assets/images/{Escape(imageType)}", form, cancellationToken, Json.ImageResponse);
        return body is { Id.Length: > 0 } ? body : throw EmptyBody($"POST /rest/3/assets/images/{imageType}");
    }

    public void Dispose() => http.Dispose();
}
