namespace Marketplace.Release.Manifest;

/// <summary>
/// The optional <c>gates:</c> section (docs/manifest.md, "Release gates"): conditions <c>plan</c> and <c>publish</c>
/// check after <c>resolve</c> and before any write; one not met stops the release with exit 9, nothing sent.
/// </summary>
public sealed record GatesSpec
{
    /// <summary>
    /// <c>installCoverage: 90%</c>: the least share, in percent (0–100), of last week's active installs of each
    /// product the release supports that its compatibility (all entries together) must cover; null: no such gate.
    /// </summary>
    public decimal? InstallCoverage { get; init; }
}
