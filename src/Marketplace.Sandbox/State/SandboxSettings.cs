using Marketplace.Sandbox.Seed;

namespace Marketplace.Sandbox.State;

/// <summary>The behaviour knobs of one running sandbox, copied from the seed at start.</summary>
internal sealed record SandboxSettings(
    TimeSpan ProcessingDelay,
    ArtifactProcessingForm ProcessingForm,
    TimeSpan UploadSpacing,
    long MaxArtifactBytes,
    bool AutoApprove)
{
    /// <summary>The seed's <c>approval</c> policy; null: <see cref="AutoApprove"/> decides (see <see cref="ApprovalReview.Policy"/>).</summary>
    public SeedApproval? Approval { get; init; }
}
