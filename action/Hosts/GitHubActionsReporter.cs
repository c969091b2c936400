using Marketplace.Release.Failures;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>
/// The engine's <see cref="StepLine"/>s in a GitHub Actions log: each step a collapsible <c>::group::</c> that ends
/// with its outcome; a failure closes its group first so the <c>::error::</c> annotation stays visible. With targets:
/// each target opens with a line of its own and its name heads its steps' groups (GitHub does not nest groups).
/// </summary>
internal sealed class GitHubActionsReporter(TextWriter output) : IReleaseReporter
{
    private bool groupOpen;

    /// <summary>The target whose steps run now (a manifest with targets:); its name heads each step's group.</summary>
    private string? target;

    /// <summary>Whether a step failure was already annotated, so the host does not annotate the same failure twice.</summary>
    public bool ReportedFailure { get; private set; }

    public void StepStarted(string step)
    {
        EndGroup();
        output.WriteLine(WorkflowCommands.Command("group", StepLine.Heading(step, target)));
        groupOpen = true;
    }

    public void StepDone(string step, string summary, TimeSpan elapsed) => Closing(StepLine.Done(step, summary, elapsed));

    public void StepSkipped(string step, string reason, TimeSpan elapsed) => Closing(StepLine.Skipped(step, reason));

    public void StepFailed(string step, ReleaseFailure failure, TimeSpan elapsed)
    {
        Closing(StepLine.Failed(step, failure, elapsed));
        output.WriteLine(WorkflowCommands.Command("error", StepLine.FailureMessage(failure), ("title", StepLine.FailedTitle(step, failure))));
        ReportedFailure = true;
    }

    public void TargetStarted(string target, int index, int count, string description)
    {
        EndGroup();
        this.target = target;
        output.WriteLine(StepLine.Target(target, index, count, description));
    }

    public void Progress(string step, string message) => output.WriteLine(StepLine.Progress(message));

    public void Info(string message) => output.WriteLine(StepLine.Info(message));

    public void Warning(string message) => output.WriteLine(WorkflowCommands.Command("warning", message));

    /// <summary>A step's last line, then its group ends.</summary>
    private void Closing(string line)
    {
        output.WriteLine(line);
        EndGroup();
    }

    private void EndGroup()
    {
        if (groupOpen)
        {
            output.WriteLine("::endgroup::");
            groupOpen = false;
        }
    }
}
