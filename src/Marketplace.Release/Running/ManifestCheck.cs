using Marketplace.Release.Manifest;

namespace Marketplace.Release.Running;

/// <summary>The manifest read offline: the plan, or every problem found (file, line, column, fix).</summary>
public sealed record ManifestCheck(ReleasePlan? Plan, IReadOnlyList<ManifestDiagnostic> Diagnostics)
{
    public bool IsValid => Plan is not null;
}
