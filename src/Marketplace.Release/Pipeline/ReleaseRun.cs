using Marketplace.Release.Api;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Products;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// What stays the same for a whole run: the plan (never replaced), the options, the clients and the reporter.
/// What the run learns lives in <see cref="ReleaseState"/>, not here.
/// </summary>
internal sealed class ReleaseRun(ReleasePlan plan, ReleaseOptions options, IMarketplaceApi client, IReleaseReporter reporter)
{
    public ReleasePlan Plan { get; } = plan;

    public ReleaseOptions Options { get; } = options;

    public IMarketplaceApi Client { get; } = client;

    public IReleaseReporter Reporter { get; } = reporter;

    public TimeProvider Time => Options.TimeProvider;

    /// <summary>The last stage this run goes to (everything by default).</summary>
    public ReleaseStage StopAfter { get; init; } = ReleaseStage.Verify;

    /// <summary>GitHub, when the manifest has a <c>github:</c> section and a token is given.</summary>
    public IGitHubReleases? GitHub { get; init; }

    public ChecksumCache Checksums { get; } = new();

    /// <summary>The product versions of the parent software API, each read once per run.</summary>
    public ProductVersions Products { get; } = new(client);

    /// <summary>A folder for downloads, deleted when the run ends; null until a step asks for it.</summary>
    public string? TemporaryFolder { get; private set; }

    public string CreateTemporaryFolder()
    {
        if (TemporaryFolder is null)
        {
            var folder = Path.Join(Path.GetTempPath(), "marketplace-release-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(folder);
            TemporaryFolder = folder;
        }

        return TemporaryFolder;
    }

    /// <summary>The API URL of the version (the result's <c>versionUrl</c>); null before resolve.</summary>
    public string? VersionUrl(ReleaseState state) => state.App is { } app && state.BuildNumber(Plan) is { } buildNumber
        ? $"{Options.Connection.BaseUrl.ToString().TrimEnd('/')}/rest/3/app-software/{app.AppSoftwareId}/versions/{buildNumber}"
        : null;
}
