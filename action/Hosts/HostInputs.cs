using Marketplace.Release.Failures;
using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>
/// Inputs a host supplies beyond the command line (GitHub's INPUT_* variables, the pipe's variables); null means
/// "not given here", and the command line, the environment or the session's defaults apply.
/// </summary>
internal sealed record HostInputs
{
    public string? ManifestPath { get; init; }

    public bool? DryRun { get; init; }

    /// <summary>Run <c>report</c> instead of publishing (Action input <c>report</c>, pipe <c>REPORT</c>).</summary>
    public bool? Report { get; init; }

    /// <summary>A plan exits 8 when anything would change (the session decides; see DetailedExitCode).</summary>
    public bool? DetailedExitCode { get; init; }

    public Given<string>? BaseUrl { get; init; }

    /// <summary>As written (e.g. <c>10m</c>); the session parses it so a bad value is reported like <c>--timeout</c>.</summary>
    public Given<string>? Timeout { get; init; }

    /// <summary>The approval wait as written (e.g. <c>2h</c>); null: do not wait for the review.</summary>
    public Given<string>? WaitForApproval { get; init; }

    public string? ResultFile { get; init; }

    /// <summary>The targets to run (the Action's targets input, the pipe's TARGETS); empty: every target.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>The pipe's <c>DEBUG</c>: print what the host understood of its inputs.</summary>
    public bool Debug { get; init; }

    /// <summary>The host asks for what <c>--debug</c> prints, every HTTP request and response (GitHub's <c>RUNNER_DEBUG</c>).</summary>
    public bool LogHttp { get; init; }

    /// <summary>Credentials given as host inputs; they override the usual environment variables.</summary>
    public Given<string>? User { get; init; }

    public Given<string>? ApiToken { get; init; }

    public Given<string>? GitHubToken { get; init; }

    /// <summary>A host input that cannot be used (e.g. <c>dry-run: maybe</c>): a usage error, exit 2, nothing sent.</summary>
    public ReleaseFailure? Problem { get; init; }

    /// <summary>The folder relative manifest paths start from.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>What this host's user calls each setting, for the fixes the release words.</summary>
    public ISettingNames SettingNames { get; init; } = CliSettingNames.Instance;

    /// <summary>The session request these inputs make; the command line's own values are laid over it by the caller.</summary>
    public ReleaseRequest ToRequest(CliContext context) => new()
    {
        WorkingDirectory = WorkingDirectory ?? context.WorkingDirectory,
        CheckoutFolders = CheckoutFolders.Read(context.Environment),
        SettingNames = SettingNames,
        ManifestPath = ManifestPath,
        DryRun = DryRun == true,
        DetailedExitCode = DetailedExitCode == true,
        BaseUrl = BaseUrl,
        WaitTimeoutText = Timeout,
        WaitForApprovalText = WaitForApproval,
        ResultFile = ResultFile,
        Debug = LogHttp,
        Targets = Targets,
        User = User,
        ApiToken = ApiToken,
        GitHubToken = GitHubToken,
        InputProblem = Problem,
        Time = context.Time,
        AdjustOptions = context.AdjustReleaseOptions,
    };
}
