namespace Marketplace.Sandbox;

/// <summary>How <c>GET /rest/3/artifacts/{id}</c> answers while an artifact is still processing (both occur on the live API).</summary>
public enum ArtifactProcessingForm
{
    /// <summary>200 with <c>"status": "PROCESSING"</c>.</summary>
    Status,

    /// <summary>404 <c>ARTIFACT_NOT_FOUND</c> until processing is done.</summary>
    NotFound,
}
