using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;

namespace Marketplace.Sandbox;

/// <summary>
/// Read access to what the emulated Marketplace holds, for assertions. Every call takes the store's lock and
/// returns copies, so a snapshot never changes under the caller and never races a request.
/// </summary>
public sealed class SandboxState
{
    private readonly MarketplaceStore store;

    internal SandboxState(MarketplaceStore store) => this.store = store;

    /// <summary>App listings, migration records and privacy answers.</summary>
    public SandboxPresence Presence => new(store);

    public IReadOnlyList<SandboxAppSoftware> AppSoftware
    {
        get
        {
            lock (store.Gate)
            {
                return store.AppSoftware.Values.Select(software => new SandboxAppSoftware(software.Id, software.AppKey, software.Hosting, software.ComplianceBoundaries)).ToList();
            }
        }
    }

    /// <summary>The app software id of an app on a hosting (server, datacenter, cloud), or null.</summary>
    public string? AppSoftwareId(string appKey, string hosting)
    {
        lock (store.Gate)
        {
            return store.AppSoftware.Values.FirstOrDefault(software =>
                string.Equals(software.AppKey, appKey, StringComparison.Ordinal) && string.Equals(software.Hosting, hosting, StringComparison.OrdinalIgnoreCase))?.Id;
        }
    }

    /// <summary>The versions of one app software, oldest build number first; empty when the id is unknown.</summary>
    public IReadOnlyList<SandboxVersion> Versions(string appSoftwareId)
    {
        lock (store.Gate)
        {
            return store.AppSoftware.TryGetValue(appSoftwareId, out var software)
                ? software.Versions.Values.Select(version => new SandboxVersion(software.Id, version.BuildNumber, store.RenderVersion(version))
                {
                    StoredAgreements = version.Body["acceptedAgreements"]?.DeepClone() as JsonArray,
                }).ToList()
                : [];
        }
    }

    public SandboxVersion? Version(string appSoftwareId, long buildNumber) =>
        Versions(appSoftwareId).FirstOrDefault(version => version.BuildNumber == buildNumber);

    /// <summary>The listings of one app software, oldest build number first.</summary>
    public IReadOnlyList<SandboxListing> Listings(string appSoftwareId)
    {
        lock (store.Gate)
        {
            return store.AppSoftware.TryGetValue(appSoftwareId, out var software)
                ? software.Versions.Values
                    .Where(version => version.Listing is not null)
                    .Select(version => new SandboxListing(software.Id, version.BuildNumber, store.RenderListing(software, version, version.Listing!)))
                    .ToList()
                : [];
        }
    }

    public SandboxListing? Listing(string appSoftwareId, long buildNumber) =>
        Listings(appSoftwareId).FirstOrDefault(listing => listing.BuildNumber == buildNumber);

    /// <summary>Every artifact, seeded ones included, in upload order.</summary>
    public IReadOnlyList<SandboxArtifact> Artifacts
    {
        get
        {
            lock (store.Gate)
            {
                return store.Artifacts.Values.OrderBy(artifact => artifact.UploadedAt).Select(Snapshot).ToList();
            }
        }
    }

    public SandboxArtifact? Artifact(string artifactId)
    {
        lock (store.Gate)
        {
            return store.Artifacts.TryGetValue(artifactId, out var artifact) ? Snapshot(artifact) : null;
        }
    }

    /// <summary>How many artifact uploads and fetches the sandbox accepted (seeded artifacts not counted).</summary>
    public int ArtifactUploadCount
    {
        get
        {
            lock (store.Gate)
            {
                return store.ArtifactUploadCount;
            }
        }
    }

    public IReadOnlyList<SandboxImage> Images
    {
        get
        {
            lock (store.Gate)
            {
                return store.Images.Values.Select(image => new SandboxImage(image.Id, image.ImageType, image.Name, image.MimeType, image.Size)).ToList();
            }
        }
    }

    public bool HasImage(string imageId)
    {
        lock (store.Gate)
        {
            return store.Images.ContainsKey(imageId);
        }
    }

    private SandboxArtifact Snapshot(ArtifactEntry artifact)
    {
        var (status, reason) = store.ArtifactStatus(artifact);
        return new SandboxArtifact(
            artifact.Id,
            artifact.FileName,
            artifact.Size,
            artifact.Checksum,
            status,
            reason,
            store.VersionsUsing(artifact.Id),
            artifact.UploadedBy,
            artifact.UploadedAt,
            artifact.RemoteUri,
            JsonRead.String(artifact.Details?["key"]));
    }
}
