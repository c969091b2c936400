using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.State;

/// <summary>Fills a fresh store from a seed. Seeded content is trusted (not run through the API's validators).</summary>
internal static class SeedLoader
{
    public static void Apply(SandboxSeed seed, MarketplaceStore store, FaultInjector faults)
    {
        foreach (var user in seed.Users)
        {
            store.Users[user.Email] = user.Token;
        }

        foreach (var version in seed.ParentSoftwareVersions)
        {
            store.ParentSoftwareVersions.Add(new ParentSoftwareVersionEntry(version.ParentSoftwareId, version.VersionNumber, version.BuildNumber, version.Hosting, version.State));
        }

        foreach (var image in seed.Images)
        {
            store.Images[image.Id] = new ImageEntry(image.Id, image.Type, image.Name, image.MimeType, image.Size);
        }

        var seededAt = store.Now;
        foreach (var artifact in seed.Artifacts)
        {
            store.Artifacts[artifact.Id] = new ArtifactEntry
            {
                Id = artifact.Id,
                FileName = artifact.FileName,
                Size = artifact.Size,
                Checksum = "sha512:" + (artifact.Sha512 ?? Convert.ToHexStringLower(System.Security.Cryptography.SHA512.HashData(System.Text.Encoding.UTF8.GetBytes(artifact.Id)))),
                UploadedAt = seededAt,
                UploadedBy = "seed",
                AlwaysProcessed = true,
                Details = PluginDetails(artifact),
            };
        }

        foreach (var app in seed.Apps)
        {
            var allowed = new HashSet<string>(app.Users, StringComparer.OrdinalIgnoreCase);
            foreach (var software in app.Software)
            {
                var entry = new AppSoftwareEntry(software.Id, app.Key, software.Hosting, software.ComplianceBoundaries?.ToList(), allowed);
                foreach (var seeded in software.Versions)
                {
                    AddVersion(store, entry, seeded);
                }

                store.AppSoftware.Add(entry.Id, entry);
            }
        }

        PresenceSeedLoader.Apply(seed, store);

        foreach (var rule in seed.Faults)
        {
            faults.Add(rule);
        }

        foreach (var failure in seed.ProcessingFailures)
        {
            faults.FailProcessing(failure.FileNamePattern, failure.Reason);
        }
    }

    /// <summary>The artifact's details as an upload of its plugin would show them (v3-facts § Artifacts).</summary>
    private static JsonObject? PluginDetails(SeedArtifact artifact)
    {
        if (artifact.PluginKey is null)
        {
            return null;
        }

        var details = new JsonObject { ["key"] = artifact.PluginKey };
        if (artifact.PluginVersion is not null)
        {
            details["version"] = artifact.PluginVersion;
        }

        return details;
    }

    private static void AddVersion(MarketplaceStore store, AppSoftwareEntry software, SeedVersion seeded)
    {
        var body = (JsonObject)seeded.Version.DeepClone();
        var buildNumber = JsonRead.Integer(body["buildNumber"]) ?? throw new SandboxSeedException($"A seeded version of app software {software.Id} has no integer buildNumber");
        var state = JsonRead.String(body["state"]) ?? "active";
        body.Remove("state");
        var version = new VersionEntry(buildNumber, body, state, store.Now, "seed");
        if (seeded.Listing is { } seededListing)
        {
            var content = (JsonObject)seededListing.DeepClone();
            var listingState = JsonRead.String(content["state"]) ?? "PRIVATE";
            var approval = JsonRead.String(content["approvalStatus"]) ?? (listingState == "PUBLIC" ? "APPROVED" : "UNINITIATED");
            var reviewed = approval is not "UNINITIATED";
            var listing = new ListingEntry(content, listingState, approval)
            {
                SubmittedDate = reviewed ? store.Now : null,
                ApprovalDate = approval == "APPROVED" ? store.Now : null,
                IssueKey = reviewed ? store.NextIssueKey() : null,
                RejectionReason = approval == "REJECTED" ? JsonRead.String(content["rejectionReason"]) ?? SeedApproval.DefaultRejectionReason : null,

                // A seeded review still under way is decided by the seed's approval policy, counted from the start.
                Review = approval is "SUBMITTED" or "PENDING_REVIEW" ? ApprovalReview.Policy(store.Settings) : null,
            };
            foreach (var reserved in (string[])["state", "approvalStatus", "rejectionReason"])
            {
                content.Remove(reserved);
            }

            version.Listing = listing;
        }

        if (!software.Versions.TryAdd(buildNumber, version))
        {
            throw new SandboxSeedException($"App software {software.Id} seeds build number {buildNumber} twice");
        }
    }
}
