namespace Marketplace.Release.Domain;

/// <summary>The API words of <see cref="ArtifactStatus"/>: the one mapping.</summary>
internal static class ArtifactStatuses
{
    public static ApiWords<ArtifactStatus> Words { get; } = new(
        ArtifactStatus.Unknown,
        (ArtifactStatus.Uploaded, "UPLOADED"),
        (ArtifactStatus.Pending, "PENDING"),
        (ArtifactStatus.Processing, "PROCESSING"),
        (ArtifactStatus.Processed, "PROCESSED"),
        (ArtifactStatus.Failed, "FAILED"),
        (ArtifactStatus.Rejected, "REJECTED"));

    /// <inheritdoc cref="ApiWords{T}.Parse"/>
    public static ArtifactStatus? Parse(string? word) => Words.Parse(word);

    /// <summary>The status as the API writes it, e.g. <c>PROCESSED</c>.</summary>
    public static string ApiWord(this ArtifactStatus status) => Words.Word(status);

    /// <summary>The Marketplace will not process the artifact: the release ends.</summary>
    public static bool EndsTheRelease(this ArtifactStatus status) => status is ArtifactStatus.Failed or ArtifactStatus.Rejected;
}
