using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>Plain lines for a terminal or any CI log: one per step outcome, progress indented.</summary>
internal sealed class ConsoleReporter(TextWriter output) : IReleaseReporter
{
    public void StepStarted(string step)
    {
    }

    public void StepDone(string step, string summary, TimeSpan elapsed) =>
        output.WriteLine($"✔ {step} ({Ms(elapsed)}): {summary}");

    public void StepSkipped(string step, string reason, TimeSpan elapsed) =>
        output.WriteLine($"- {step} (skipped): {reason}");

    public void StepFailed(string step, ReleaseFailure failure, TimeSpan elapsed)
    {
        output.WriteLine($"✖ {step} ({Ms(elapsed)}): {failure.Line}");
        if (failure.MarketplaceText is { Length: > 0 } text)
        {
            output.WriteLine($"  Marketplace said: {text}");
        }
    }

    public void TargetStarted(string target, int index, int count, string description) =>
        output.WriteLine($"▶ target {target} ({index}/{count}): {description}");

    public void Progress(string step, string message) => output.WriteLine($"  … {message}");

    public void Info(string message) => output.WriteLine($"  {message}");

    public void Warning(string message) => output.WriteLine($"  warning: {message}");

    /// <summary>A manifest's problems as <c>file:line:column: message</c>, the form editors and CI logs link.</summary>
    public static void Diagnostics(TextWriter output, IReadOnlyList<ManifestDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }
    }

    private static string Ms(TimeSpan elapsed) => $"{elapsed.TotalMilliseconds:0} ms";
}
