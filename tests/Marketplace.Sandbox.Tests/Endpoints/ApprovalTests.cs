using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Endpoints;

/// <summary>Issue 13: the review of a listing made PUBLIC ends APPROVED, REJECTED, stays SUBMITTED, or is not needed (UNINITIATED).</summary>
public sealed class ApprovalTests
{
    private static async Task<(SandboxHarness Sandbox, long BuildNumber)> PublishAsync(SeedApproval? approval)
    {
        var sandbox = await SandboxHarness.StartAsync(seed => seed.Approval = approval);
        var buildNumber = await sandbox.CreateVersionAsync();
        using var published = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), new JsonObject { ["state"] = "PUBLIC" });
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Created), await published.Content.ReadAsStringAsync());
        return (sandbox, buildNumber);
    }

    private static async Task<JsonNode> GetAsync(SandboxHarness sandbox, string path)
    {
        using var response = await sandbox.Client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await SandboxHarness.ReadJsonAsync(response);
    }

    [Test]
    public async Task An_approved_outcome_is_SUBMITTED_until_after_has_passed_then_APPROVED()
    {
        var (sandbox, buildNumber) = await PublishAsync(new SeedApproval(ApprovalOutcome.Approved, TimeSpan.FromSeconds(30)));
        await using var _ = sandbox;

        sandbox.Time.Advance(TimeSpan.FromSeconds(29));
        var during = await GetAsync(sandbox, SandboxHarness.ListingPath(buildNumber));
        var duringVersion = await GetAsync(sandbox, SandboxHarness.VersionPath(buildNumber));
        sandbox.Time.Advance(TimeSpan.FromSeconds(1));
        var after = await GetAsync(sandbox, SandboxHarness.ListingPath(buildNumber));
        var afterVersion = await GetAsync(sandbox, SandboxHarness.VersionPath(buildNumber));

        Assert.Multiple(() =>
        {
            Assert.That(during["approvalStatus"]!.GetValue<string>(), Is.EqualTo("SUBMITTED"));
            Assert.That(during["approvalDetails"]!["issueKey"]!.GetValue<string>(), Does.StartWith("MKPLHELP-"));
            Assert.That(during["approvalDetails"]!["submittedDate"]!.GetValue<string>(), Is.EqualTo("2025-06-01T12:00:00.000Z"));
            Assert.That(duringVersion["state"]!.GetValue<string>(), Is.EqualTo("submitted"));
            Assert.That(after["approvalStatus"]!.GetValue<string>(), Is.EqualTo("APPROVED"));
            Assert.That(after["approvalDetails"]!["approvalDate"]!.GetValue<string>(), Is.EqualTo("2025-06-01T12:00:30.000Z"));
            Assert.That(after["revision"]!.GetValue<int>(), Is.EqualTo(during["revision"]!.GetValue<int>() + 1), "the Marketplace's change moves the revision");
            Assert.That(afterVersion["state"]!.GetValue<string>(), Is.EqualTo("approved"));
            Assert.That(afterVersion["approvalDetails"]!["approvedAt"]!.GetValue<string>(), Is.EqualTo("2025-06-01T12:00:30.000Z"));
            Assert.That(afterVersion["approvalDetails"]!["jiraIssueKey"]!.GetValue<string>(), Is.EqualTo(during["approvalDetails"]!["issueKey"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task A_rejected_outcome_ends_REJECTED_with_the_reason_on_the_listing_and_the_version()
    {
        var (sandbox, buildNumber) = await PublishAsync(new SeedApproval(ApprovalOutcome.Rejected, TimeSpan.FromMinutes(1), "Screenshots show another app"));
        await using var _ = sandbox;

        sandbox.Time.Advance(TimeSpan.FromMinutes(1));
        var listing = await GetAsync(sandbox, SandboxHarness.ListingPath(buildNumber));
        var version = await GetAsync(sandbox, SandboxHarness.VersionPath(buildNumber));

        Assert.That(listing["approvalStatus"]!.GetValue<string>(), Is.EqualTo("REJECTED"));
        Assert.That(listing["approvalDetails"]!["rejectionReason"]!.GetValue<string>(), Is.EqualTo("Screenshots show another app"));
        Assert.That(listing["approvalDetails"]!.AsObject().ContainsKey("approvalDate"), Is.False);
        Assert.That(version["state"]!.GetValue<string>(), Is.EqualTo("rejected"));
        Assert.That(version["approvalDetails"]!["rejectionReason"]!.GetValue<string>(), Is.EqualTo("Screenshots show another app"));
    }

    [Test]
    public async Task A_rejected_listing_resubmitted_as_PENDING_REVIEW_is_reviewed_again()
    {
        var (sandbox, buildNumber) = await PublishAsync(new SeedApproval(ApprovalOutcome.Rejected, TimeSpan.Zero, "No"));
        await using var _ = sandbox;
        var rejected = ContractBodies.Trim((await GetAsync(sandbox, SandboxHarness.ListingPath(buildNumber))).AsObject(), "UpdateAppSoftwareVersionListingV3Request");
        rejected["approvalStatus"] = "PENDING_REVIEW";

        using var resubmitted = await sandbox.PutJsonAsync(SandboxHarness.ListingPath(buildNumber), rejected);

        Assert.That(resubmitted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await resubmitted.Content.ReadAsStringAsync());
        var listing = sandbox.Server.State.Listing(SandboxHarness.DataCenterId, buildNumber)!;
        Assert.That(listing.ApprovalStatus, Is.EqualTo("REJECTED"), "the same policy rejects it again");
        Assert.That(listing.Json["approvalDetails"]!["rejectionReason"]!.GetValue<string>(), Is.EqualTo("No"));
    }

    [Test]
    public async Task A_pending_outcome_stays_SUBMITTED()
    {
        var (sandbox, buildNumber) = await PublishAsync(new SeedApproval(ApprovalOutcome.Pending, TimeSpan.Zero));
        await using var _ = sandbox;

        sandbox.Time.Advance(TimeSpan.FromDays(30));
        using var all = await sandbox.Client.GetAsync($"rest/3/app-software/{SandboxHarness.DataCenterId}/listings/all?approvalStatus=SUBMITTED");

        Assert.That(sandbox.Server.State.Listing(SandboxHarness.DataCenterId, buildNumber)!.ApprovalStatus, Is.EqualTo("SUBMITTED"));
        Assert.That((await SandboxHarness.ReadJsonAsync(all))["versions"]!.AsArray().Select(v => v!["buildNumber"]!.GetValue<long>()), Is.EqualTo(new[] { buildNumber }));
        Assert.That(sandbox.Server.State.Version(SandboxHarness.DataCenterId, buildNumber)!.State, Is.EqualTo("submitted"));
    }

    [Test]
    public async Task An_uninitiated_outcome_leaves_the_PUBLIC_listing_UNINITIATED_and_the_version_auto_approved()
    {
        var (sandbox, buildNumber) = await PublishAsync(new SeedApproval(ApprovalOutcome.Uninitiated, TimeSpan.Zero));
        await using var _ = sandbox;

        var listing = await GetAsync(sandbox, SandboxHarness.ListingPath(buildNumber));

        Assert.That(listing["state"]!.GetValue<string>(), Is.EqualTo("PUBLIC"));
        Assert.That(listing["approvalStatus"]!.GetValue<string>(), Is.EqualTo("UNINITIATED"));
        Assert.That(sandbox.Server.State.Version(SandboxHarness.DataCenterId, buildNumber)!.State, Is.EqualTo("auto-approved"));
    }

    [Test]
    public async Task Without_a_policy_autoApprove_still_decides()
    {
        var sandbox = await SandboxHarness.StartAsync(seed => seed.AutoApprove = true);
        await using var _ = sandbox;
        var buildNumber = await sandbox.CreateVersionAsync();

        using var published = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), new JsonObject { ["state"] = "PUBLIC" });

        var listing = sandbox.Server.State.Listing(SandboxHarness.DataCenterId, buildNumber)!;
        Assert.That(listing.ApprovalStatus, Is.EqualTo("APPROVED"));
        Assert.That(listing.Revision, Is.EqualTo(1), "decided within the creating request");
    }
}
