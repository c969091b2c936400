using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>
/// What differs between where the CLI runs (a terminal, a GitHub Actions container, a Bitbucket pipe): how inputs
/// arrive, how progress is shown, where outputs go. Release logic never lives here.
/// </summary>
internal interface ICiHost
{
    string Name { get; }

    /// <summary>What a user of this host calls each setting (flags, the Action's inputs, the pipe's variables).</summary>
    Marketplace.Release.Running.ISettingNames SettingNames { get; }

    /// <summary>The inputs this host supplies beyond the command line (e.g. GitHub's INPUT_* variables).</summary>
    HostInputs ReadInputs();

    /// <summary>
    /// The command to run when the CLI gets no arguments at all, or null to show the help. Container actions and
    /// pipes start the image without arguments, so their hosts answer <c>publish</c> (or <c>plan</c> for a dry run).
    /// </summary>
    string[]? DefaultArguments();

    /// <summary>Called first, before anything else is printed (GitHub: <c>::add-mask::</c> for every secret).</summary>
    void Begin(IReadOnlyList<string> secrets);

    IReleaseReporter CreateReporter();

    void ReportManifestErrors(IReadOnlyList<ManifestDiagnostic> diagnostics);

    /// <summary>Called last with the result, failed or not (outputs, summaries, result files).</summary>
    void Complete(ReleaseResult result);

    /// <summary>A <c>report</c>'s Markdown, already printed to the log: GitHub also appends it to the step summary.</summary>
    void PublishReport(string markdown)
    {
    }
}
