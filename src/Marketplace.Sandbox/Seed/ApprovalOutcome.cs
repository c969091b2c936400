namespace Marketplace.Sandbox;

/// <summary>How the emulated Marketplace review of a listing made PUBLIC ends (seed key <c>approval.outcome</c>).</summary>
public enum ApprovalOutcome
{
    /// <summary>SUBMITTED, then APPROVED once <see cref="SeedApproval.After"/> has passed.</summary>
    Approved,

    /// <summary>SUBMITTED, then REJECTED with <see cref="SeedApproval.Reason"/> once <see cref="SeedApproval.After"/> has passed.</summary>
    Rejected,

    /// <summary>SUBMITTED for ever (a review that never ends while the client waits).</summary>
    Pending,

    /// <summary>The listing stays UNINITIATED while PUBLIC: no review was needed (auto-approved); the version's state is <c>auto-approved</c>.</summary>
    Uninitiated,
}
