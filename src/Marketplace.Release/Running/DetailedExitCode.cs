using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Running;

/// <summary>
/// <c>plan --detailed-exitcode</c> (docs/marketplace-api.md § Exit codes), for scheduled drift checks: a plan that would change anything exits
/// <see cref="ExitCodes.PlannedChanges"/> (8), one that would change nothing 0, a failed plan its failure's code. The
/// decision is made here once; the front ends only pass the flag on (the CLI option, the Action's
/// <c>detailed-exitcode</c> input, the pipe's <c>DETAILED_EXITCODE</c>, <c>MarketplaceSettings.DetailedExitCode</c>).
/// </summary>
internal static class DetailedExitCode
{
    public static ReleaseResult Apply(ReleaseRequest request, ReleaseResult result) =>
        request.DetailedExitCode && result.Status == ReleaseStatus.Planned && result.Changes.Count > 0
            ? result with { ExitCode = ExitCodes.PlannedChanges }
            : result;

    /// <summary>A detailed exit code asked for a publish is a usage error: it describes a plan, and a publish's 0 means done.</summary>
    public static ReleaseFailure? Check(ReleaseRequest request) => request.DetailedExitCode && !request.DryRun
        ? ReleaseFailure.InvalidInput("the detailed exit code is for plans only (exit 8 when something would change)",
            $"run it as a plan with {request.SettingNames[Setting.DryRun]}, or drop {request.SettingNames[Setting.DetailedExitCode]}")
        : null;
}
