using System.Text.Json.Nodes;
using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Reporting;

namespace Marketplace.Release.Pipeline;

/// <summary>What the steps share: the plan, the client, and what they learnt of the live state on the way.</summary>
internal sealed class ReleaseContext(ReleasePlan plan, ReleaseOptions options, MarketplaceClient client, IReleaseReporter reporter)
{
    /// <summary>
    /// The plan the steps work from: the manifest's, or after <c>github-release</c> the effective one whose
    /// release notes and artifact come from the GitHub release (see <see cref="UseEffectivePlan"/>).
    /// </summary>
    public ReleasePlan Plan { get; private set; } = plan;

    public ReleaseOptions Options { get; } = options;

    public MarketplaceClient Client { get; } = client;

    public IReleaseReporter Reporter { get; } = reporter;

    public TimeProvider Time => Options.TimeProvider;

    public bool DryRun => Options.DryRun;

    /// <summary>The last stage this run goes to (everything by default).</summary>
    public ReleaseStage StopAfter { get; init; } = ReleaseStage.Verify;

    public long BuildNumber => Plan.Version.BuildNumber;

    /// <summary>Set by resolve.</summary>
    public string? AppSoftwareId { get; set; }

    /// <summary>Compatibilities with every bound resolved to a build number; set by resolve.</summary>
    public IReadOnlyList<Compatibility> Compatibilities { get; set; } = [];

    /// <summary>The version as last read; null while it does not exist.</summary>
    public VersionResponse? LiveVersion { get; set; }

    /// <summary>The listing as last read; null while it does not exist.</summary>
    public JsonObject? LiveListing { get; set; }

    /// <summary>The newest earlier version's listing, for <c>inherit: previous</c>.</summary>
    public JsonObject? PreviousListing { get; set; }

    /// <summary>The artifact the version uses or will use.</summary>
    public string? ArtifactId { get; set; }

    /// <summary>True once the artifact is known to be processed (or the version already uses it).</summary>
    public bool ArtifactReady { get; set; }

    /// <summary>Image ids of uploaded local images, by (path, image type).</summary>
    public Dictionary<(string Path, string Type), string> ImageIds { get; } = [];

    /// <summary>The listing's content differs from the manifest (needs images and an update).</summary>
    public bool ListingContentDiffers { get; set; }

    /// <summary>One line per change made (or, in a dry run, that would be made).</summary>
    public List<string> Changes { get; } = [];

    public string StepName { get; set; } = string.Empty;

    /// <summary>GitHub, when the manifest has a <c>github:</c> section and a token is given.</summary>
    public IGitHubReleases? GitHub { get; init; }

    /// <summary>The GitHub release as <c>github-release</c> read it.</summary>
    public GitHubRelease? GitHubRelease { get; set; }

    /// <summary>The sha512 of the GitHub release asset as it was downloaded; upload-artifact checks the Marketplace's copy against it.</summary>
    public string? DownloadedChecksum { get; set; }

    /// <summary>A folder for downloads, deleted when the run ends; null until a step asks for it.</summary>
    public string? TemporaryFolder { get; private set; }

    private string? localChecksum;

    /// <summary>The <c>sha512:</c> checksum of the local artifact, computed once.</summary>
    public async Task<string?> LocalChecksumAsync(CancellationToken cancellationToken)
    {
        if (localChecksum is null && Plan.Version.Artifact?.LocalPath is { } path)
        {
            localChecksum = await FileChecksum.Sha512Async(path, cancellationToken);
        }

        return localChecksum;
    }

    public void SetLocalChecksum(string checksum) => localChecksum = checksum;

    /// <summary>
    /// Switches to a plan derived from the manifest's (the plan itself is immutable). The local checksum is
    /// forgotten, since the artifact may be another file now.
    /// </summary>
    public void UseEffectivePlan(ReleasePlan effective)
    {
        Plan = effective;
        localChecksum = null;
    }

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

    public string RequireAppSoftwareId() =>
        AppSoftwareId ?? throw new InvalidOperationException("resolve must run before the other steps");

    public void Change(string line)
    {
        Changes.Add(line);
        if (DryRun)
        {
            Reporter.Info($"would {line}");
        }
    }

    public ReleaseFailedException Fail(MarketplaceApiException error) =>
        new(FailureExplainer.Explain(error, StepName, Plan.App.Key), error);
}
