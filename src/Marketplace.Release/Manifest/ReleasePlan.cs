namespace Marketplace.Release.Manifest;

/// <summary>
/// A validated release manifest: every value interpolated, every path resolved to an absolute path inside the
/// workspace, build numbers computed. The pipeline works from this alone; it never reads the YAML again.
/// </summary>
public sealed record ReleasePlan
{
    /// <summary>Absolute path of the manifest file.</summary>
    public required string ManifestPath { get; init; }

    /// <summary>Absolute path of the workspace every local path must stay inside.</summary>
    public required string WorkspaceRoot { get; init; }

    public required AppSpec App { get; init; }

    public required VersionSpec Version { get; init; }

    public required ListingSpec Listing { get; init; }

    /// <summary>The optional <c>github:</c> section; null when absent.</summary>
    public GitHubSpec? GitHub { get; init; }
}
