using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>The engine's <see cref="StepLine"/>s as plain lines for a terminal or any CI log; starts are not shown.</summary>
internal sealed class ConsoleReporter(TextWriter output) : IReleaseReporter
{
    public void StepStarted(string step)
    {
    }

    public void StepDone(string step, string summary, TimeSpan elapsed) => output.WriteLine(StepLine.Done(step, summary, elapsed));

    public void StepSkipped(string step, string reason, TimeSpan elapsed) => output.WriteLine(StepLine.Skipped(step, reason));

    public void StepFailed(string step, ReleaseFailure failure, TimeSpan elapsed)
    {
        output.WriteLine(StepLine.Failed(step, failure, elapsed));
        if (StepLine.MarketplaceSaid(failure) is { } said)
        {
            output.WriteLine(StepLine.Indented(said));
        }
    }

    public void TargetStarted(string target, int index, int count, string description) =>
        output.WriteLine(StepLine.Target(target, index, count, description));

    public void Progress(string step, string message) => output.WriteLine(StepLine.Progress(message));

    public void Info(string message) => output.WriteLine(StepLine.Info(message));

    public void Warning(string message) => output.WriteLine(StepLine.Warning(message));

    /// <summary>A manifest's problems as <c>file:line:column: message</c>, the form editors and CI logs link.</summary>
    public static void Diagnostics(TextWriter output, IReadOnlyList<ManifestDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }
    }
}
