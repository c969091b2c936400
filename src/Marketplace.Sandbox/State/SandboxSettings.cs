using Marketplace.Sandbox.Seed;

namespace Marketplace.Sandbox.State;

/// <summary>The behaviour knobs of one running sandbox, copied from the seed at start.</summary>
internal sealed record SandboxSettings(
    TimeSpan ProcessingDelay,
    ArtifactProcessingForm ProcessingForm,
    TimeSpan UploadSpacing,
    long MaxArtifactBytes,
    bool AutoApprove);
