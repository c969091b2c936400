namespace Marketplace.Release.Pipeline;

/// <summary>The last line every front end prints for a release: what happened, or why it failed.</summary>
public static class ReleaseSummary
{
    public static string Line(ReleaseResult result) => result.Targets is { Count: > 0 } targets && result.Status != ReleaseStatus.Failed
        ? $"✔ {ReleaseResultJson.Word(result.Status)} {result.AppKey}: " + string.Join(", ", targets.Select(target =>
            $"{target.Name} {target.VersionNumber} {ReleaseResultJson.Word(target.Status)}{(target.ListingState is { } state ? $" ({state})" : "")}"))
            + (result.Status == ReleaseStatus.Planned && result.Changes.Count > 0 ? $"; publish would {string.Join("; ", result.Changes)}" : "")
        : result.Status switch
    {
        ReleaseStatus.Published => $"✔ published {result.AppKey} {result.VersionNumber}: listing {result.ListingState}, approval {result.ApprovalStatus ?? "unknown"} ({result.VersionUrl})",
        ReleaseStatus.Updated => $"✔ updated {result.AppKey} {result.VersionNumber} in place: {string.Join("; ", result.Changes)}; listing {result.ListingState}, approval {result.ApprovalStatus ?? "unknown"} ({result.VersionUrl})",
        ReleaseStatus.Staged => $"✔ staged {result.AppKey} {result.VersionNumber} as a PRIVATE listing ({result.VersionUrl})",
        ReleaseStatus.Unchanged => $"✔ nothing to do: {result.AppKey} {result.VersionNumber} is already {result.ListingState} as the manifest asks",
        ReleaseStatus.Planned => result.Changes.Count == 0
            ? $"✔ plan: nothing would change for {result.AppKey} {result.VersionNumber}"
            : $"✔ plan: publish would {string.Join("; ", result.Changes)}",
        _ => $"✖ failed (exit {result.ExitCode}): {result.Error}",
    };
}
