using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Running;

/// <summary>
/// The one place the session reads or writes a result's status: a failure found before the pipeline ran, and
/// whether a result is a failure.
/// </summary>
public static class SessionResults
{
    /// <summary>Whether the release failed (a front end turns this into an error annotation, a thrown exception).</summary>
    public static bool IsFailure(ReleaseResult result) => result.Status == ReleaseStatus.Failed;

    /// <summary>A usage problem found before anything was sent: exit 2, with what is known of the version.</summary>
    internal static ReleaseResult Invalid(ReleaseFailure failure, ReleasePlan? plan = null, IReadOnlyList<ManifestDiagnostic>? diagnostics = null) => new()
    {
        Status = ReleaseStatus.Failed,
        ExitCode = ExitCodes.InvalidInput,
        AppKey = plan?.App.Key,
        Hosting = plan?.App.Hosting.Word(),
        BuildNumber = plan?.Version is { BuildAssignedByMarketplace: false } version ? version.BuildNumber : null,
        VersionNumber = plan?.Version.Number,
        Error = failure.Line,
        Failure = failure,
        Diagnostics = diagnostics,
    };
}
