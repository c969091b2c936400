using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Approval;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Tests.Approval;

/// <summary>
/// The review's verdict from the listing's and the version's words, parsed once in <see cref="ApprovalSnapshot.From"/>
/// (in any case, as the API has been seen to write them), and the status shown as the API wrote it.
/// </summary>
internal sealed class ApprovalSnapshotTests
{
    [TestCase("PUBLIC", "REJECTED", "submitted", ApprovalVerdict.Rejected)]
    [TestCase("PUBLIC", "SUBMITTED", "Rejected", ApprovalVerdict.Rejected)]
    [TestCase("PUBLIC", "approved", "submitted", ApprovalVerdict.Approved)]
    [TestCase("PUBLIC", "SUBMITTED", "APPROVED", ApprovalVerdict.Approved)]
    [TestCase("public", "UNINITIATED", "submitted", ApprovalVerdict.AutoApproved)]
    [TestCase("PRIVATE", "UNINITIATED", "submitted", ApprovalVerdict.Pending)]
    [TestCase("PUBLIC", "SUBMITTED", "auto-approved", ApprovalVerdict.AutoApproved)]
    [TestCase("PUBLIC", "PENDING_REVIEW", "submitted", ApprovalVerdict.Pending)]
    [TestCase("PUBLIC", "ESCALATED", "in-review", ApprovalVerdict.Pending)]
    public void The_verdict_comes_from_the_typed_status_and_states(string listingState, string approvalStatus, string versionState, ApprovalVerdict verdict)
    {
        var snapshot = ApprovalSnapshot.From(
            new JsonObject { ["state"] = listingState, ["approvalStatus"] = approvalStatus },
            new VersionResponse { StateWord = versionState });

        Assert.That(snapshot.Verdict, Is.EqualTo(verdict));
        Assert.That(snapshot.Shown, Is.EqualTo(approvalStatus), "shown as the API wrote it");
    }

    [Test]
    public void Without_a_listing_the_version_s_word_is_shown_and_without_either_unknown()
    {
        var fromVersion = ApprovalSnapshot.From(null, new VersionResponse { StateWord = "submitted" });
        var fromNothing = ApprovalSnapshot.From(null, null);

        Assert.Multiple(() =>
        {
            Assert.That((fromVersion.VersionState, fromVersion.Shown), Is.EqualTo(((VersionState?)VersionState.Submitted, "submitted")));
            Assert.That((fromNothing.ApprovalStatus, fromNothing.Shown, fromNothing.Verdict), Is.EqualTo(((ApprovalStatus?)null, "unknown", ApprovalVerdict.Pending)));
        });
    }
}
