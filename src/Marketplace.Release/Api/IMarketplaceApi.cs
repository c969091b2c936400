using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Api;

/// <summary>
/// The Marketplace REST API v3 calls the pipeline makes, as <see cref="MarketplaceClient"/> makes them: the seam that
/// lets a step be tested alone, against an in-memory fake, next to the whole-run tests against the sandbox. Reads
/// answer null for 404; every other failure is a <see cref="MarketplaceApiException"/>. Creates and updates are sent
/// once (never retried here): callers settle a lost answer by re-reading (<c>MutationGuard</c>).
/// </summary>
internal interface IMarketplaceApi
{
    Task<IReadOnlyList<AppSoftware>?> GetAppSoftwareAsync(string appKey, Hosting hosting, CancellationToken cancellationToken);

    Task<long?> GetParentSoftwareBuildNumberAsync(string product, string versionNumber, CancellationToken cancellationToken);

    Task<VersionResponse?> GetVersionAsync(string appSoftwareId, long buildNumber, CancellationToken cancellationToken);

    /// <summary>Every version of the app software (every page).</summary>
    Task<IReadOnlyList<VersionResponse>> ListVersionsAsync(string appSoftwareId, CancellationToken cancellationToken);

    /// <summary>The version as JSON with every field the GET shows: the body a version <c>PUT</c> starts from.</summary>
    Task<JsonObject?> GetVersionBodyAsync(string appSoftwareId, long buildNumber, CancellationToken cancellationToken);

    Task UpdateVersionAsync(string appSoftwareId, long buildNumber, JsonObject version, CancellationToken cancellationToken);

    /// <summary>Every version of a product (every page); null when the Marketplace knows no such product.</summary>
    Task<IReadOnlyList<ParentSoftwareVersion>?> ListParentSoftwareVersionsAsync(string product, CancellationToken cancellationToken);

    Task<ParentSoftwareVersion?> GetParentSoftwareVersionByBuildAsync(string product, long buildNumber, CancellationToken cancellationToken);

    Task<JsonObject?> GetListingAsync(string appSoftwareId, long buildNumber, CancellationToken cancellationToken);

    Task<ArtifactResponse?> GetArtifactAsync(string artifactId, CancellationToken cancellationToken);

    /// <summary>One look at a processing artifact: its body (null for 404) and the <c>Retry-After</c> the answer carried.</summary>
    Task<ArtifactPoll> PollArtifactAsync(string artifactId, CancellationToken cancellationToken);

    Task<CreatedVersion> CreateVersionAsync(string appSoftwareId, VersionCreateRequest request, CancellationToken cancellationToken);

    Task CreateListingAsync(string appSoftwareId, long buildNumber, JsonObject listing, CancellationToken cancellationToken);

    Task UpdateListingAsync(string appSoftwareId, long buildNumber, JsonObject listing, CancellationToken cancellationToken);

    /// <param name="progress">Gets (sent, total) as the file streams.</param>
    Task<ArtifactResponse> UploadArtifactAsync(string path, Action<long, long>? progress, CancellationToken cancellationToken);

    /// <summary>Has the Marketplace fetch the artifact from a public URL.</summary>
    Task<ArtifactResponse> FetchArtifactAsync(Uri uri, CancellationToken cancellationToken);

    Task<ImageResponse> UploadImageAsync(string imageType, string path, CancellationToken cancellationToken);

    /// <summary>The app's listing among the developer space's listings, private ones included; null when on none.</summary>
    Task<DeveloperListing?> FindDeveloperListingAsync(string developerId, string appKey, CancellationToken cancellationToken);

    Task<AppListing?> GetAppListingAsync(string productId, CancellationToken cancellationToken);

    Task UpdateAppListingAsync(string productId, AppListing listing, CancellationToken cancellationToken);

    Task<MigrationInfo?> GetMigrationAsync(string productId, CancellationToken cancellationToken);

    Task CreateMigrationAsync(string productId, MigrationInfo record, CancellationToken cancellationToken);

    Task PatchMigrationAsync(string productId, IReadOnlyList<JsonPatchOperation> patch, CancellationToken cancellationToken);

    Task<PrivacySecurityInfo?> GetPrivacySecurityAsync(string productId, PrivacySecurityState state, CancellationToken cancellationToken);

    Task PutPrivacySecurityDraftAsync(string productId, JsonObject commonCloud, CancellationToken cancellationToken);

    Task PublishPrivacySecurityAsync(string productId, CancellationToken cancellationToken);

    /// <summary>The partner-metrics query (a POST that only reads): weekly installs by host version, for the gates.</summary>
    Task<IReadOnlyList<InstallRecord>> InstallCountsAsync(string developerId, string appKey, DateOnly start, DateOnly end, CancellationToken cancellationToken);

    Task<IReadOnlyList<ParentSoftware>> ListParentSoftwareAsync(CancellationToken cancellationToken);
}
