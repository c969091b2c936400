using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Running;

/// <summary>
/// What a front end asks for, beyond the environment: each value given here overrides the environment and the
/// defaults of <see cref="ReleaseDefaults"/>; null means "not given" and the session decides.
/// </summary>
public sealed record ReleaseRequest
{
    /// <summary>The folder relative paths (manifest, result file) start from.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>The manifest; null: <see cref="ReleaseDefaults.ManifestFile"/>.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>The folder every manifest path must stay inside (an error when it does not hold the manifest); null: the loader's choice.</summary>
    public string? WorkspaceRoot { get; init; }

    /// <summary>
    /// Folders the front end found the repository checked out to (a CI's workspace or clone directory): the first that
    /// holds the manifest is the workspace; when none does (or none is given), the manifest's own folder is.
    /// </summary>
    public IReadOnlyList<string> CheckoutFolders { get; init; } = [];

    /// <summary>Where the result JSON goes; null: nowhere.</summary>
    public string? ResultFile { get; init; }

    public Given<string>? BaseUrl { get; init; }

    public Given<string>? User { get; init; }

    public Given<string>? ApiToken { get; init; }

    public Given<string>? GitHubToken { get; init; }

    /// <summary>The artifact wait as the user wrote it (<c>10m</c>); parsed by the session so every front end words a bad value alike.</summary>
    public Given<string>? WaitTimeoutText { get; init; }

    /// <summary>The artifact wait as a typed value (Cake); must be positive.</summary>
    public Given<TimeSpan>? WaitTimeout { get; init; }

    /// <summary>
    /// <c>--wait-for-approval</c> as the user wrote it (<c>2h</c>): after a public release, wait this long for the
    /// Marketplace's review (docs/marketplace-api.md § Waiting for approval). Null: do not wait. Parsed by the session, like <see cref="WaitTimeoutText"/>.
    /// </summary>
    public Given<string>? WaitForApprovalText { get; init; }

    /// <summary>The approval wait as a typed value (Cake); must be positive.</summary>
    public Given<TimeSpan>? WaitForApproval { get; init; }

    public Given<TimeSpan>? RequestTimeout { get; init; }

    public Given<TimeSpan>? AttemptTimeout { get; init; }

    public Given<TimeSpan>? UploadTimeout { get; init; }

    public Given<int>? MaxRetries { get; init; }

    public bool DryRun { get; init; }

    /// <summary>A plan (<see cref="DryRun"/>) exits <see cref="Failures.ExitCodes.PlannedChanges"/> when anything would change (see <see cref="DetailedExitCode"/>).</summary>
    public bool DetailedExitCode { get; init; }

    public bool NoWait { get; init; }

    /// <summary>
    /// <c>--target NAME</c> (repeatable; the Action's <c>targets</c> input, the pipe's <c>TARGETS</c>, Cake's
    /// <c>Targets</c>): run only these targets of a manifest with <c>targets:</c>, in the manifest's order. Empty: all.
    /// </summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    public bool Debug { get; init; }

    /// <summary>Run the pipeline up to this stage (the Cake step aliases); the whole release by default.</summary>
    public ReleaseStage StopAfter { get; init; } = ReleaseStage.Verify;

    /// <summary>An input the front end could not use (e.g. <c>dry-run: maybe</c>): a usage error, exit 2, nothing sent.</summary>
    public Failures.ReleaseFailure? InputProblem { get; init; }

    /// <summary>What this front end calls each setting, for the fixes the release words (docs/architecture.md: the engine knows no front end).</summary>
    public ISettingNames SettingNames { get; init; } = ISettingNames.Neutral;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Lets tests shorten waits and retries; identity in production.</summary>
    public Func<ReleaseOptions, ReleaseOptions>? AdjustOptions { get; init; }
}
