using Marketplace.Release.Api;
using Marketplace.Release.GitHub;
using Marketplace.Release.Running;

namespace Marketplace.Release.Pipeline;

/// <summary>How to run a release: against which Marketplace, and whether to change anything.</summary>
public sealed record ReleaseOptions
{
    public required MarketplaceConnection Connection { get; init; }

    /// <summary>Read-only calls only; report what would change (<c>plan</c>, <c>--dry-run</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>Do not wait for artifact processing: stop with exit 5 if it is not ready at the first look.</summary>
    public bool NoWait { get; init; }

    /// <summary>How long to wait for artifact processing before stopping with exit 5 (a re-run resumes).</summary>
    public TimeSpan WaitTimeout { get; init; } = ReleaseDefaults.WaitTimeout;

    /// <summary>The delay between the first looks at a processing artifact (see PollSchedule: later delays grow to 17 % of the time waited).</summary>
    public TimeSpan PollInitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between two looks at a processing artifact.</summary>
    public TimeSpan PollMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often progress lines may be printed during uploads and waits.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// <c>--wait-for-approval</c>: after a public release, how long to wait for the Marketplace's review (docs/marketplace-api.md § Waiting for approval);
    /// null: do not wait. Looks follow the artifact wait's schedule (<see cref="PollInitialDelay"/>, <see cref="PollMaxDelay"/>).
    /// </summary>
    public TimeSpan? WaitForApproval { get; init; }

    public MarketplaceClientOptions Client { get; init; } = new();

    /// <summary><c>--debug</c>: every HTTP request and response as a line through the reporter, credentials redacted.</summary>
    public bool Debug { get; init; }

    /// <summary>GitHub (<c>GITHUB_API_URL</c>, <c>GITHUB_TOKEN</c>), needed when the manifest has a <c>github:</c> section.</summary>
    public GitHubConnection? GitHub { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>What the front end calls each setting, for the fixes a failure names (a Cake user reads Cake's names).</summary>
    public ISettingNames SettingNames { get; init; } = ISettingNames.Neutral;

    /// <summary>
    /// Where the small resume state (uploaded artifacts by checksum) is kept; null = <c>.marketplace-release/</c>
    /// in the workspace. It is only a hint: every entry is verified against the live artifact before reuse.
    /// </summary>
    public string? StateDirectory { get; init; }
}
