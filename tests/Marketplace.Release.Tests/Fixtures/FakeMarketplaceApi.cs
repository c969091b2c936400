using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;

namespace Marketplace.Release.Tests.Fixtures;

/// <summary>
/// An in-memory Marketplace for the tests of one step: the test sets the live state it starts from, the fake answers
/// reads from it (null for what it does not hold, as the client answers a 404), applies writes to it, and records every
/// call it got as one line (<c>GET listing 140</c>, <c>POST listing 140</c>, …) in <see cref="Calls"/>.
/// </summary>
internal sealed class FakeMarketplaceApi : IMarketplaceApi
{
    private int uploads;

    public List<string> Calls { get; } = [];

    /// <summary>The calls that change something (every call but a read).</summary>
    public IReadOnlyList<string> Writes => [.. Calls.Where(call => !call.StartsWith("GET ", StringComparison.Ordinal))];

    public List<AppSoftware>? AppSoftware { get; set; }

    /// <summary>Build numbers of product versions, by "product version" (e.g. <c>jira 9.12.0</c>).</summary>
    public Dictionary<string, long> ProductBuilds { get; } = [];

    public Dictionary<string, List<ParentSoftwareVersion>> ProductVersions { get; } = [];

    public Dictionary<long, VersionResponse> Versions { get; } = [];

    /// <summary>The whole version JSON a PUT starts from; when absent, the fake answers an empty object for a held version.</summary>
    public Dictionary<long, JsonObject> VersionBodies { get; } = [];

    public Dictionary<long, JsonObject> Listings { get; } = [];

    public Dictionary<string, ArtifactResponse> Artifacts { get; } = [];

    public DeveloperListing? DeveloperListing { get; set; }

    /// <summary>What the partner-metrics query answers: weekly installs by host version.</summary>
    public List<InstallRecord> Installs { get; } = [];

    /// <summary>The parent software list (ids and names).</summary>
    public List<ParentSoftware> ParentSoftware { get; } = [new("jira", "Jira")];

    public AppListing? AppListing { get; set; }

    public MigrationInfo? Migration { get; set; }

    public Dictionary<PrivacySecurityState, PrivacySecurityInfo> Privacy { get; } = [];

    /// <summary>The build number the Marketplace assigns to a created version that names none (connect and forge).</summary>
    public long AssignedBuildNumber { get; set; } = 1000;

    /// <summary>Failures to throw, in order, by the start of a call's line (e.g. <c>POST listing</c>), before it acts.</summary>
    public Dictionary<string, Queue<Exception>> Failures { get; } = [];

    public static ArtifactResponse Artifact(string id, string status = "PROCESSED", string? checksum = null) =>
        new(checksum is null ? null : new ArtifactFileInfo(null, null, checksum), new ArtifactLinks(new Link($"/rest/3/assets/artifacts/{id}"), null, null), null, status, null);

    /// <summary>A failure whose outcome is unknown (no response): what a lost answer looks like to a step.</summary>
    public static MarketplaceApiException LostAnswer(string request) => new(request, null, null, FailureKind.Transient);

    /// <summary>A refusal with this status (e.g. 409 for a stale revision).</summary>
    public static MarketplaceApiException Refusal(string request, int status, FailureKind kind) => new(request, status, null, kind);

    public void Fail(string call, Exception exception)
    {
        if (!Failures.TryGetValue(call, out var queue))
        {
            Failures[call] = queue = new Queue<Exception>();
        }

        queue.Enqueue(exception);
    }

    public Task<IReadOnlyList<AppSoftware>?> GetAppSoftwareAsync(string appKey, Hosting hosting, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<AppSoftware>?>($"GET app-software {appKey} {hosting.Word()}", AppSoftware);

    public Task<long?> GetParentSoftwareBuildNumberAsync(string product, string versionNumber, CancellationToken cancellationToken) =>
        Answer($"GET parent-software {product} {versionNumber}", ProductBuilds.TryGetValue($"{product} {versionNumber}", out var build) ? build : (long?)null);

    public Task<VersionResponse?> GetVersionAsync(string appSoftwareId, long buildNumber, CancellationToken cancellationToken) =>
        Answer($"GET version {buildNumber}", Versions.GetValueOrDefault(buildNumber));

    public Task<IReadOnlyList<VersionResponse>> ListVersionsAsync(string appSoftwareId, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<VersionResponse>>("GET versions", [.. Versions.Values.OrderByDescending(version => version.BuildNumber)]);

    public Task<JsonObject?> GetVersionBodyAsync(string appSoftwareId, long buildNumber, CancellationToken cancellationToken) =>
        Answer($"GET version-body {buildNumber}", VersionBodies.TryGetValue(buildNumber, out var body) ? (JsonObject)body.DeepClone()
            : Versions.ContainsKey(buildNumber) ? new JsonObject() : null);

    public Task UpdateVersionAsync(string appSoftwareId, long buildNumber, JsonObject version, CancellationToken cancellationToken) =>
        Act($"PUT version {buildNumber}", () => VersionBodies[buildNumber] = version);

    public Task<IReadOnlyList<ParentSoftwareVersion>?> ListParentSoftwareVersionsAsync(string product, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<ParentSoftwareVersion>?>($"GET parent-software-versions {product}", ProductVersions.GetValueOrDefault(product));

    public Task<ParentSoftwareVersion?> GetParentSoftwareVersionByBuildAsync(string product, long buildNumber, CancellationToken cancellationToken) =>
        Answer($"GET parent-software-build {product} {buildNumber}", ProductVersions.GetValueOrDefault(product)?.FirstOrDefault(version => version.BuildNumber == buildNumber));

    public Task<JsonObject?> GetListingAsync(string appSoftwareId, long buildNumber, CancellationToken cancellationToken) =>
        Answer($"GET listing {buildNumber}", Listings.TryGetValue(buildNumber, out var listing) ? (JsonObject)listing.DeepClone() : null);

    public Task<ArtifactResponse?> GetArtifactAsync(string artifactId, CancellationToken cancellationToken) =>
        Answer($"GET artifact {artifactId}", Artifacts.GetValueOrDefault(artifactId));

    public Task<ArtifactPoll> PollArtifactAsync(string artifactId, CancellationToken cancellationToken) =>
        Answer($"GET artifact {artifactId}", new ArtifactPoll(Artifacts.GetValueOrDefault(artifactId), null));

    public Task<CreatedVersion> CreateVersionAsync(string appSoftwareId, VersionCreateRequest request, CancellationToken cancellationToken)
    {
        var build = request.BuildNumber ?? AssignedBuildNumber;
        return Act($"POST version {request.VersionNumber}", () =>
        {
            Versions[build] = new VersionResponse
            {
                BuildNumber = build,
                VersionNumber = request.VersionNumber,
                Compatibilities = request.Compatibilities,
                SupportedPaymentModel = request.SupportedPaymentModel,
                FrameworkDetails = request.FrameworkDetails,
                LicenseType = request.LicenseType,
                Changelog = request.Changelog,
                Supported = request.Supported,
                Beta = request.Beta,
                StateWord = "ACTIVE",
            };
            return new CreatedVersion(build, $"/rest/3/app-software/{appSoftwareId}/versions/{build}");
        });
    }

    public Task CreateListingAsync(string appSoftwareId, long buildNumber, JsonObject listing, CancellationToken cancellationToken) =>
        Act($"POST listing {buildNumber}", () => Listings[buildNumber] = listing);

    public Task UpdateListingAsync(string appSoftwareId, long buildNumber, JsonObject listing, CancellationToken cancellationToken) =>
        Act($"PUT listing {buildNumber}", () => Listings[buildNumber] = listing);

    public Task<ArtifactResponse> UploadArtifactAsync(string path, Action<long, long>? progress, CancellationToken cancellationToken) =>
        Act($"POST artifact {Path.GetFileName(path)}", () => Store(Artifact(NextId("artifact"), "PROCESSING")));

    public Task<ArtifactResponse> FetchArtifactAsync(Uri uri, CancellationToken cancellationToken) =>
        Act($"POST artifact {uri}", () => Store(Artifact(NextId("artifact"), "PROCESSING")));

    public Task<ImageResponse> UploadImageAsync(string imageType, string path, CancellationToken cancellationToken) =>
        Act($"POST image {imageType} {Path.GetFileName(path)}", () => new ImageResponse(NextId("image"), "image/png", Path.GetFileName(path), 1));

    public Task<DeveloperListing?> FindDeveloperListingAsync(string developerId, string appKey, CancellationToken cancellationToken) =>
        Answer($"GET developer-listings {developerId}", DeveloperListing?.AppKey == appKey ? DeveloperListing : null);

    public Task<AppListing?> GetAppListingAsync(string productId, CancellationToken cancellationToken) =>
        Answer($"GET product-listing {productId}", AppListing);

    public Task UpdateAppListingAsync(string productId, AppListing listing, CancellationToken cancellationToken) =>
        Act($"PUT product-listing {productId}", () => AppListing = listing);

    public Task<MigrationInfo?> GetMigrationAsync(string productId, CancellationToken cancellationToken) =>
        Answer($"GET migration {productId}", Migration);

    public Task CreateMigrationAsync(string productId, MigrationInfo record, CancellationToken cancellationToken) =>
        Act($"PUT migration {productId}", () => Migration = record);

    public Task PatchMigrationAsync(string productId, IReadOnlyList<JsonPatchOperation> patch, CancellationToken cancellationToken) =>
        Act($"PATCH migration {productId} {string.Join(",", patch.Select(operation => operation.Path))}", () => Migration);

    public Task<PrivacySecurityInfo?> GetPrivacySecurityAsync(string productId, PrivacySecurityState state, CancellationToken cancellationToken) =>
        Answer($"GET privacy {productId} {state}", Privacy.GetValueOrDefault(state));

    public Task PutPrivacySecurityDraftAsync(string productId, JsonObject commonCloud, CancellationToken cancellationToken) =>
        Act($"PUT privacy {productId}", () => Privacy[PrivacySecurityState.Draft] = new PrivacySecurityInfo { CommonCloud = commonCloud });

    public Task PublishPrivacySecurityAsync(string productId, CancellationToken cancellationToken) =>
        Act($"POST privacy-publish {productId}", () => Privacy[PrivacySecurityState.Live] = Privacy[PrivacySecurityState.Draft]);

    public Task<IReadOnlyList<InstallRecord>> InstallCountsAsync(string developerId, string appKey, DateOnly start, DateOnly end, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<InstallRecord>>($"POST partner-metrics {developerId}", [.. Installs.Where(record => string.CompareOrdinal(record.Date, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) >= 0
            && string.CompareOrdinal(record.Date, end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) <= 0)]);

    public Task<IReadOnlyList<ParentSoftware>> ListParentSoftwareAsync(CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<ParentSoftware>>("GET parent-software", ParentSoftware);

    private ArtifactResponse Store(ArtifactResponse artifact)
    {
        Artifacts[artifact.ArtifactId!] = artifact;
        return artifact;
    }

    private string NextId(string kind) => $"{kind}-{(++uploads).ToString(CultureInfo.InvariantCulture)}";

    private Task<T> Answer<T>(string call, T answer)
    {
        Record(call);
        return Task.FromResult(answer);
    }

    private Task<T> Act<T>(string call, Func<T> write)
    {
        Record(call);
        return Task.FromResult(write());
    }

    private void Record(string call)
    {
        Calls.Add(call);
        var failure = Failures.FirstOrDefault(pair => call.StartsWith(pair.Key, StringComparison.Ordinal) && pair.Value.Count > 0).Value;
        if (failure is not null)
        {
            throw failure.Dequeue();
        }
    }
}
