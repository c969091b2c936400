namespace Marketplace.Release.Domain;

/// <summary>
/// An uploaded artifact's processing <c>status</c> (docs/marketplace-api.md § Artifacts). A body without one is
/// ready, as <see cref="Processed"/> is. The API words are in <see cref="StatusWords.ArtifactStatuses"/>.
/// </summary>
internal enum ArtifactStatus
{
    /// <summary>A word the notes do not list: treated as not processed yet.</summary>
    Unknown,

    /// <summary><c>UPLOADED</c>: not processed yet.</summary>
    Uploaded,

    /// <summary><c>PENDING</c>: not processed yet.</summary>
    Pending,

    /// <summary><c>PROCESSING</c>: not processed yet.</summary>
    Processing,

    /// <summary><c>PROCESSED</c>: ready for a version.</summary>
    Processed,

    /// <summary><c>FAILED</c>: the Marketplace could not process it; the body's <c>statusReason</c> says why.</summary>
    Failed,

    /// <summary><c>REJECTED</c>: the Marketplace refused it; the body's <c>statusReason</c> says why.</summary>
    Rejected,
}
