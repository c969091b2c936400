namespace Marketplace.Sandbox.State;

/// <summary>
/// The Marketplace's review of a listing made PUBLIC (docs/marketplace-api.md § Version listing: "Atlassian then reviews it on its
/// side (approvalStatus), which can take from minutes to days"). The decision is reached lazily: every read or write
/// of a version or listing first settles it against the clock, so a fake clock drives it without timers.
/// </summary>
internal static class ApprovalReview
{
    /// <summary>The seed's <c>approval</c>, else <c>autoApprove</c>: true approves at once, false leaves the review pending.</summary>
    public static SeedApproval Policy(SandboxSettings settings) =>
        settings.Approval ?? new SeedApproval(settings.AutoApprove ? ApprovalOutcome.Approved : ApprovalOutcome.Pending, TimeSpan.Zero);

    /// <summary>The listing has just become PUBLIC: submit it for review (or, for an UNINITIATED policy, need none).</summary>
    public static void Submit(MarketplaceStore store, VersionEntry version, ListingEntry listing)
    {
        var policy = Policy(store.Settings);
        listing.SubmittedDate = store.Now;
        listing.ApprovalDate = null;
        listing.RejectionReason = null;
        if (policy.Outcome == ApprovalOutcome.Uninitiated)
        {
            listing.ApprovalStatus = "UNINITIATED";
            listing.Review = null;
            version.State = "auto-approved";
            return;
        }

        listing.IssueKey ??= store.NextIssueKey();
        listing.ApprovalStatus = "SUBMITTED";
        listing.Review = policy;
        version.State = "submitted";

        // A decision due at once is part of this same write: no revision of its own.
        Settle(store, version, listing, bumpRevisions: false);
    }

    /// <summary>A resubmission after a rejection (REJECTED → PENDING_REVIEW by PUT): reviewed again by the policy.</summary>
    public static void Resubmit(MarketplaceStore store, VersionEntry version, ListingEntry listing)
    {
        listing.SubmittedDate = store.Now;
        listing.RejectionReason = null;
        listing.Review = Policy(store.Settings) is { Outcome: not ApprovalOutcome.Uninitiated } policy ? policy : new SeedApproval(ApprovalOutcome.Approved, TimeSpan.Zero);
        version.State = "submitted";
        Settle(store, version, listing, bumpRevisions: false);
    }

    /// <summary>
    /// Applies a decision that is due. The Marketplace changing a listing's approval (and the version's state) is a
    /// change made by someone else: both revisions move, so a client holding an older one must re-read (stricter reading).
    /// </summary>
    public static void Settle(MarketplaceStore store, VersionEntry version, ListingEntry listing, bool bumpRevisions = true)
    {
        if (listing.Review is not { } review
            || listing.ApprovalStatus is not ("SUBMITTED" or "PENDING_REVIEW")
            || listing.SubmittedDate is not { } submitted
            || review.Outcome is ApprovalOutcome.Pending or ApprovalOutcome.Uninitiated
            || store.Now - submitted < review.After)
        {
            return;
        }

        if (review.Outcome == ApprovalOutcome.Approved)
        {
            listing.ApprovalStatus = "APPROVED";
            listing.ApprovalDate = submitted + review.After;
            version.State = "approved";
        }
        else
        {
            listing.ApprovalStatus = "REJECTED";
            listing.RejectionReason = review.Reason ?? SeedApproval.DefaultRejectionReason;
            version.State = "rejected";
        }

        listing.Review = null;
        if (bumpRevisions)
        {
            listing.Revision++;
            version.Revision++;
        }
    }
}
