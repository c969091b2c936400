using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Faults;

namespace Marketplace.Sandbox.State;

/// <summary>
/// Everything the emulated Marketplace holds. One lock (<see cref="Gate"/>) guards all of it: requests are
/// few and short, and a single lock makes invariants such as "one version per build number" and "one listing
/// per version" hold under concurrent publishes without reasoning about lock order. Callers hold the lock
/// while they read or change entries and never await inside it.
/// </summary>
internal sealed class MarketplaceStore(SandboxSettings settings, TimeProvider timeProvider, FaultInjector faults)
{
    private int issueCount;

    public Lock Gate { get; } = new();
    public SandboxSettings Settings { get; } = settings;
    public TimeProvider TimeProvider { get; } = timeProvider;

    /// <summary>Account e-mail → API token.</summary>
    public Dictionary<string, string> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, AppSoftwareEntry> AppSoftware { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, ArtifactEntry> Artifacts { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, ImageEntry> Images { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<ParentSoftwareVersionEntry> ParentSoftwareVersions { get; } = [];

    /// <summary>Products of developer spaces: app listings, migration records, privacy answers.</summary>
    public PresenceStore Presence { get; } = new();

    /// <summary>Installs and feedback the Reporting endpoints serve.</summary>
    public ReportingStore Reporting { get; } = new();

    /// <summary>When each account's last artifact upload started, for the upload spacing rule.</summary>
    public Dictionary<string, DateTimeOffset> LastUploadByUser { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Accepted artifact uploads and fetches, so tests can assert "no needless upload".</summary>
    public int ArtifactUploadCount { get; set; }

    public DateTimeOffset Now => TimeProvider.GetUtcNow();

    public bool IsKnownParentSoftware(string parentSoftwareId) =>
        ParentSoftwareVersions.Exists(version => string.Equals(version.ParentSoftwareId, parentSoftwareId, StringComparison.OrdinalIgnoreCase));

    public (string Status, string? Reason) ArtifactStatus(ArtifactEntry artifact)
    {
        if (!artifact.AlwaysProcessed && Now - artifact.UploadedAt < Settings.ProcessingDelay)
        {
            return ("PROCESSING", null);
        }

        var reason = artifact.FailReason ?? faults.ProcessingFailureFor(artifact.Id, artifact.FileName);
        return reason is null ? ("PROCESSED", null) : ("FAILED", reason);
    }

    public int VersionsUsing(string artifactId) =>
        AppSoftware.Values.Sum(software => software.Versions.Values.Count(version => string.Equals(version.ArtifactId, artifactId, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether the listing of any other version of this app software is PUBLIC.</summary>
    public static bool HasOtherPublicVersion(AppSoftwareEntry software, long buildNumber) =>
        software.Versions.Values.Any(version => version.BuildNumber != buildNumber && version.Listing?.State == "PUBLIC");

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A version as <c>GET …/versions/{buildNumber}</c> answers it (see <see cref="VersionView"/>).</summary>
    public JsonObject RenderVersion(VersionEntry version)
    {
        SettleApproval(version);
        return VersionView.Render(version);
    }

    public JsonObject RenderListing(AppSoftwareEntry software, VersionEntry version, ListingEntry listing)
    {
        SettleApproval(version);
        return VersionView.RenderListing(software, version, listing);
    }

    /// <summary>Applies a review decision that has come due (see <see cref="ApprovalReview"/>). Call with the lock held.</summary>
    public void SettleApproval(VersionEntry version)
    {
        if (version.Listing is { } listing)
        {
            ApprovalReview.Settle(this, version, listing);
        }
    }

    /// <summary>The next review issue key (MKPLHELP-1001, -1002, … per sandbox, so tests are deterministic).</summary>
    public string NextIssueKey() => "MKPLHELP-" + (1000 + ++issueCount).ToString(CultureInfo.InvariantCulture);

    public JsonObject RenderArtifact(ArtifactEntry artifact)
    {
        var self = "/rest/3/artifacts/" + artifact.Id;
        var links = new JsonObject
        {
            ["self"] = new JsonObject { ["href"] = self },
            ["binary"] = new JsonObject { ["href"] = self + "/download" },
        };
        if (artifact.RemoteUri is not null)
        {
            links["remote"] = new JsonObject { ["href"] = artifact.RemoteUri };
        }

        var json = new JsonObject
        {
            ["fileInfo"] = new JsonObject
            {
                ["logicalFileName"] = artifact.FileName,
                ["size"] = artifact.Size,
                ["checksum"] = artifact.Checksum,
            },
            ["_links"] = links,
        };
        if (artifact.Details is not null)
        {
            json["details"] = artifact.Details.DeepClone();
        }

        var (status, reason) = ArtifactStatus(artifact);
        json["status"] = status;
        if (reason is not null)
        {
            json["statusReason"] = reason;
        }

        return json;
    }

    /// <summary>Publishing moves the version out of draft into review (see <see cref="ApprovalReview"/>).</summary>
    public void MarkPublished(VersionEntry version, ListingEntry listing) => ApprovalReview.Submit(this, version, listing);
}
