namespace Marketplace.Release.Pipeline;

/// <summary>
/// Where a run stops, for scripts that compose their own flow (the Cake step aliases). Every stage runs the
/// steps before it too; those find their work done in the live state (or the resume state) and skip.
/// </summary>
public enum ReleaseStage
{
    /// <summary>Resolve and reconcile only.</summary>
    Reconcile,

    /// <summary>Up to uploading the artifact and the listing images.</summary>
    UploadArtifact,

    /// <summary>Up to the artifact being processed.</summary>
    WaitForArtifact,

    /// <summary>Up to the version existing.</summary>
    CreateVersion,

    /// <summary>Up to the (PRIVATE) listing existing.</summary>
    CreateListing,

    /// <summary>Up to the listing being in the manifest's state.</summary>
    Publish,

    /// <summary>Everything, verification included (the default).</summary>
    Verify,
}
