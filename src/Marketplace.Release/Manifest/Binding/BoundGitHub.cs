namespace Marketplace.Release.Manifest.Binding;

/// <summary>The <c>github:</c> section as read, kept with its keys' positions for the checks that involve other sections.</summary>
internal sealed record BoundGitHub(SectionView Section, GitHubSpec? Spec, string? Asset);
