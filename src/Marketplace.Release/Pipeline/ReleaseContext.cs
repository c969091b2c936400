using System.Text.Json.Nodes;
using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Manifest;
using Marketplace.Release.Reporting;

namespace Marketplace.Release.Pipeline;

/// <summary>What the steps share: the plan, the client, and what they learnt of the live state on the way.</summary>
internal sealed class ReleaseContext(ReleasePlan plan, ReleaseOptions options, MarketplaceClient client, IReleaseReporter reporter)
{
    public ReleasePlan Plan { get; } = plan;

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
