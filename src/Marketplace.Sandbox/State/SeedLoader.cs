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
            if (!user.Reporting)
            {
                store.Reporting.UsersWithoutReporting.Add(user.Email);
            }
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
        ApplyReporting(seed, store);

        foreach (var rule in seed.Faults)
        {
            faults.Add(rule);
        }

        foreach (var failure in seed.ProcessingFailures)
        {
            faults.FailProcessing(failure.FileNamePattern, failure.Reason);
        }
    }

    /// <summary>Installs and feedback, dated back from the sandbox's start (see <see cref="ReportingStore.LastFullWeek"/>).</summary>
    private static void ApplyReporting(SandboxSeed seed, MarketplaceStore store)
    {
        var lastWeek = ReportingStore.LastFullWeek(store.Now);
        var today = DateOnly.FromDateTime(store.Now.UtcDateTime);
        foreach (var app in seed.Apps.Where(app => app.DeveloperId is not null && app.ProductId is not null))
        {
            store.Reporting.Installs.AddRange(app.Installs.Select(count => new InstallEntry(
                app.DeveloperId!, app.Key, app.ProductId!, count.ParentSoftwareId, count.Version, lastWeek.AddDays(-7 * count.WeeksAgo), count.Installs)));
            store.Reporting.Feedback.AddRange(app.Feedback.Select(feedback => new FeedbackEntry(
                app.DeveloperId!, app.Key, app.ProductId!, feedback.AppVersion, feedback.Type, feedback.ReasonKey, feedback.Hosting, today.AddDays(-feedback.DaysAgo))));
        }
    }

    /// <summary>The artifact's details as an upload of its plugin would show them (docs/marketplace-api.md § Artifacts).</summary>
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
        var createdAt = seeded.ReleasedDaysAgo is { } days ? store.Now.AddDays(-days) : store.Now;
        var version = new VersionEntry(buildNumber, body, state, createdAt, "seed");
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
