using System.Globalization;
using Marketplace.Release.Failures;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>
/// The engine's progress in a GitHub Actions log: each step a collapsible <c>::group::</c> that ends with its
/// outcome; a failure closes its group first so the <c>::error::</c> annotation stays visible. With targets: each
/// target opens with a line of its own and its name heads its steps' groups (GitHub does not nest groups).
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
        output.WriteLine(WorkflowCommands.Command("group", target is null ? step : $"{target} · {step}"));
        groupOpen = true;
    }

    public void StepDone(string step, string summary, TimeSpan elapsed)
    {
        output.WriteLine($"✔ {step} ({Ms(elapsed)}): {summary}");
        EndGroup();
    }

    public void StepSkipped(string step, string reason, TimeSpan elapsed)
    {
        output.WriteLine($"- {step} (skipped): {reason}");
        EndGroup();
    }

    public void StepFailed(string step, ReleaseFailure failure, TimeSpan elapsed)
    {
        output.WriteLine($"✖ {step} ({Ms(elapsed)}): {failure.Line}");
        EndGroup();
        var message = failure.MarketplaceText is { Length: > 0 } text ? $"{failure.Line}\nMarketplace said: {text}" : failure.Line;
        output.WriteLine(WorkflowCommands.Command("error", message, ("title", $"{step} failed (exit {failure.ExitCode})")));
        ReportedFailure = true;
    }

    public void TargetStarted(string target, int index, int count, string description)
    {
        EndGroup();
        this.target = target;
        output.WriteLine($"▶ target {target} ({index}/{count}): {description}");
    }

    public void Progress(string step, string message) => output.WriteLine($"  … {message}");

    public void Info(string message) => output.WriteLine($"  {message}");

    public void Warning(string message) => output.WriteLine(WorkflowCommands.Command("warning", message));

    private void EndGroup()
    {
        if (groupOpen)
        {
            output.WriteLine("::endgroup::");
            groupOpen = false;
        }
    }

    private static string Ms(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:0} ms");
}
