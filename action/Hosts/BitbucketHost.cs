using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Progress;
using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>
/// A Bitbucket Pipelines step or pipe (<c>BITBUCKET_CLONE_DIR</c> / <c>BITBUCKET_WORKSPACE</c>): the pipe variables
/// of pipe.yml (<c>MANIFEST</c>, <c>REPORT</c>, <c>DRY_RUN</c>, <c>DETAILED_EXITCODE</c>, <c>BASE_URL</c>, <c>TIMEOUT</c>, <c>WAIT_FOR_APPROVAL</c>, <c>TARGETS</c>, <c>DEBUG</c>; the credentials keep their usual
/// names), paths from the clone directory, the result JSON in the pipe's storage folder.
/// </summary>
internal sealed class BitbucketHost(CliContext context) : ICiHost
{
    public const string CloneDirVariable = "BITBUCKET_CLONE_DIR";
    public const string WorkspaceVariable = "BITBUCKET_WORKSPACE";
    public const string PipeStorageVariable = "BITBUCKET_PIPE_STORAGE_DIR";
    public const string DefaultResultFile = "marketplace-release-result.json";

    private IEnvironmentReader Environment => context.Environment;

    private string CloneDir => HostValues.NonEmpty(Environment.Get(CloneDirVariable)) ?? context.WorkingDirectory;

    public string Name => "bitbucket";

    /// <summary>The pipe's variables when the pipe started the image; the flags when a step typed a command line.</summary>
    public ISettingNames SettingNames => context.StartedByHost ? BitbucketPipeVariableNames.Instance : CliSettingNames.Instance;

    public HostInputs ReadInputs()
    {
        ReleaseFailure? problem = null;
        var dryRun = HostValues.Flag(Environment.Get("DRY_RUN"), "DRY_RUN", ref problem);
        var detailedExitCode = HostValues.Flag(Environment.Get("DETAILED_EXITCODE"), "DETAILED_EXITCODE", ref problem);
        var debug = HostValues.Flag(Environment.Get("DEBUG"), "DEBUG", ref problem);
        var report = HostValues.Flag(Environment.Get("REPORT"), "REPORT", ref problem);
        // Bitbucket keeps pipe storage between steps only in its own folder; elsewhere the clone is the one place
        // a later step (or an artifact definition) can find the file.
        var resultFile = HostValues.NonEmpty(Environment.Get(PipeStorageVariable)) is { } storage
            ? Path.Join(storage, "result.json")
            : Path.Join(CloneDir, DefaultResultFile);
        return new HostInputs
        {
            ManifestPath = HostValues.NonEmpty(Environment.Get("MANIFEST")),
            Report = report,
            DryRun = dryRun,
            DetailedExitCode = detailedExitCode,
            BaseUrl = HostValues.Given(Environment.Get("BASE_URL"), "BASE_URL"),
            Timeout = HostValues.Given(Environment.Get("TIMEOUT"), "TIMEOUT"),
            WaitForApproval = HostValues.Given(Environment.Get("WAIT_FOR_APPROVAL"), "WAIT_FOR_APPROVAL"),
            Targets = HostValues.Names(Environment.Get("TARGETS")),
            ResultFile = resultFile,
            Debug = debug == true,
            Problem = problem,
            WorkingDirectory = CloneDir,
            SettingNames = SettingNames,
        };
    }

    public string[]? DefaultArguments() => ReadInputs() switch
    {
        { Report: true } => ["report"],
        { DryRun: true } => ["plan"],
        _ => ["publish"],
    };

    public void Begin(IReadOnlyList<string> secrets)
    {
        // Bitbucket masks secured variables itself; nothing to register. DEBUG shows what the pipe understood.
        var inputs = ReadInputs();
        if (inputs.Debug)
        {
            context.Out.WriteLine($"pipe: clone dir {inputs.WorkingDirectory}, manifest {inputs.ManifestPath ?? "(default)"}, " +
                $"dry run: {(inputs.DryRun == true ? "yes" : "no")}, detailed exit code: {(inputs.DetailedExitCode == true ? "yes" : "no")}, base URL {inputs.BaseUrl?.Value ?? "(default)"}, " +
                $"timeout {inputs.Timeout?.Value ?? "(default)"}, wait for approval {inputs.WaitForApproval?.Value ?? "no"}, " +
                $"targets {(inputs.Targets.Count == 0 ? "(all)" : string.Join(", ", inputs.Targets))}, result file {inputs.ResultFile}");
        }
    }

    public IReleaseReporter CreateReporter() => new ConsoleReporter(context.Out);

    public void ReportManifestErrors(IReadOnlyList<ManifestDiagnostic> diagnostics) => ConsoleReporter.Diagnostics(context.Out, diagnostics);

    public void Complete(ReleaseResult result)
    {
        // The runner writes the result file and prints the closing ✔/✖ line with the exit code.
    }
}
