using System.Globalization;
using Marketplace.Release.Failures;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Progress;
using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>
/// A GitHub Actions job (<c>GITHUB_ACTIONS=true</c>), typically the container action of action.yml: inputs arrive as
/// <c>INPUT_&lt;NAME&gt;</c> (upper case, hyphens kept), outputs go to <c>$GITHUB_OUTPUT</c>, a table to
/// <c>$GITHUB_STEP_SUMMARY</c>, and the log speaks workflow commands (masks, groups, annotations).
/// </summary>
internal sealed class GitHubActionsHost(CliContext context) : ICiHost
{
    public const string DetectVariable = "GITHUB_ACTIONS";

    /// <summary>The repository checkout (<c>/github/workspace</c> in the container).</summary>
    public const string WorkspaceVariable = "GITHUB_WORKSPACE";

    private GitHubActionsReporter? reporter;

    public string Name => "github-actions";

    /// <summary>The Action's inputs when the runner started the container; the flags when a step typed a command line.</summary>
    public ISettingNames SettingNames => context.StartedByHost ? GitHubActionInputNames.Instance : CliSettingNames.Instance;

    private IEnvironmentReader Environment => context.Environment;

    /// <summary>The repository checkout; the image sets no WORKDIR, so paths start here, never from the image.</summary>
    private string Workspace => HostValues.NonEmpty(Environment.Get(WorkspaceVariable)) ?? context.WorkingDirectory;

    public HostInputs ReadInputs()
    {
        ReleaseFailure? problem = null;
        var dryRun = HostValues.Flag(Input("dry-run"), "the dry-run input", ref problem);
        var detailedExitCode = HostValues.Flag(Input("detailed-exitcode"), "the detailed-exitcode input", ref problem);
        var report = HostValues.Flag(Input("report"), "the report input", ref problem);
        return new HostInputs
        {
            Report = report,
            ManifestPath = Input("manifest"),
            DryRun = dryRun,
            DetailedExitCode = detailedExitCode,
            BaseUrl = Given("base-url"),
            Timeout = Given("timeout"),
            WaitForApproval = Given("wait-for-approval"),
            Targets = HostValues.Names(Input("targets")),
            // GitHub's "Re-run with debug logging" (or the secret ACTIONS_STEP_DEBUG) sets RUNNER_DEBUG=1 in the job:
            // the run then logs what --debug logs, with the same masking.
            LogHttp = Environment.Get("RUNNER_DEBUG") == "1",
            Problem = problem,
            // The inputs override the usual variables, so `with: api-token:` wins over a job-level MARKETPLACE_API_TOKEN.
            User = Given("user"),
            ApiToken = Given("api-token"),
            GitHubToken = Given("github-token"),
            WorkingDirectory = Workspace,
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
        foreach (var secret in secrets)
        {
            context.Out.WriteLine(WorkflowCommands.Command("add-mask", secret));
        }
    }

    public IReleaseReporter CreateReporter() => reporter = new GitHubActionsReporter(context.Out);

    public void ReportManifestErrors(IReadOnlyList<ManifestDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            // Annotations land on the file in the pull request only with a path relative to the repository root.
            context.Out.WriteLine(WorkflowCommands.Command("error", diagnostic.Message,
                ("file", RelativeToWorkspace(diagnostic.File)),
                ("line", diagnostic.Line.ToString(CultureInfo.InvariantCulture)),
                ("col", diagnostic.Column.ToString(CultureInfo.InvariantCulture))));
        }
    }

    public void Complete(ReleaseResult result)
    {
        if (SessionResults.IsFailure(result) && reporter?.ReportedFailure != true && result.Error is { } error)
        {
            context.Out.WriteLine(WorkflowCommands.Command("error", error, ("title", $"Marketplace release failed (exit {result.ExitCode})")));
        }

        if (result.ExitCode == ExitCodes.PlannedChanges)
        {
            // The step fails on purpose (a drift check); say why on the job page, where no error annotation explains it.
            context.Out.WriteLine(WorkflowCommands.Command("notice", $"the plan found {Counted.Of(result.Changes.Count, "change")}; exit {result.ExitCode} because detailed-exitcode is true",
                ("title", "Marketplace plan found changes")));
        }

        Append("GITHUB_OUTPUT", GitHubOutputFile.Format(Outputs(result)));
        Append("GITHUB_STEP_SUMMARY", GitHubStepSummary.Build(result));
    }

    public void PublishReport(string markdown) => Append("GITHUB_STEP_SUMMARY", markdown + "\n");

    /// <summary>The outputs action.yml declares; all of them, empty when unknown, so a later step can test them.</summary>
    internal static IEnumerable<KeyValuePair<string, string>> Outputs(ReleaseResult result) =>
    [
        new("artifact-id", result.ArtifactId ?? string.Empty),
        new("app-software-id", result.AppSoftwareId ?? string.Empty),
        new("build-number", result.BuildNumber?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
        new("version-number", result.VersionNumber ?? string.Empty),
        new("listing-state", result.ListingState ?? string.Empty),
        new("approval-status", result.ApprovalStatus ?? string.Empty),
        new("version-url", result.VersionUrl ?? string.Empty),
        new("changes", result.Changes.Count.ToString(CultureInfo.InvariantCulture)),
        new("result", ReleaseResultJson.Serialize(result)),
        new("targets", ReleaseResultJson.SerializeTargets(result)),
    ];

    private string? Input(string name) => HostValues.NonEmpty(Environment.Get("INPUT_" + name.ToUpperInvariant()));

    private Given<string>? Given(string name) => HostValues.Given(Input(name), $"the {name} input");

    private string RelativeToWorkspace(string file)
    {
        if (!Path.IsPathRooted(file))
        {
            return file;
        }

        var relative = Path.GetRelativePath(Workspace, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? file
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    private void Append(string variable, string text)
    {
        if (HostValues.NonEmpty(Environment.Get(variable)) is not { } path)
        {
            return;
        }

        try
        {
            File.AppendAllText(path, text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Out.WriteLine(WorkflowCommands.Command("warning", $"could not write {variable} ({path}): {exception.Message}"));
        }
    }
}
