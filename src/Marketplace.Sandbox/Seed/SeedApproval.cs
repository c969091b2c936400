namespace Marketplace.Sandbox;

/// <summary>
/// The review policy for listings made PUBLIC: the outcome, how long after the submission it is reached (measured
/// on <see cref="SandboxOptions.TimeProvider"/>), and the rejection reason shown in <c>approvalDetails</c>.
/// </summary>
public sealed record SeedApproval(ApprovalOutcome Outcome, TimeSpan After, string? Reason = null)
{
    public const string DefaultRejectionReason = "The listing does not meet the Marketplace approval guidelines (sandbox rejection)";
}
