namespace Marketplace.Release.Insight;

/// <summary>
/// The newest released version's feedback since its release (<see cref="Days"/> days), next to the previous
/// version's feedback in the same number of days before that release.
/// </summary>
public sealed record NewestVersionHealth(string Version, DateOnly Released, int Days, int Count, string? PreviousVersion, int PreviousCount);
