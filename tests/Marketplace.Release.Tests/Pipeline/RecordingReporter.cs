using Marketplace.Release.Failures;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Tests.Pipeline;

/// <summary>Every reporter event as a line, in order.</summary>
internal sealed class RecordingReporter : IReleaseReporter
{
    public List<string> Events { get; } = [];

    public List<TimeSpan> Elapsed { get; } = [];

    public void StepStarted(string step) => Events.Add($"started {step}");

    public void StepDone(string step, string summary, TimeSpan elapsed)
    {
        Events.Add($"done {step}: {summary}");
        Elapsed.Add(elapsed);
    }

    public void StepSkipped(string step, string reason, TimeSpan elapsed)
    {
        Events.Add($"skipped {step}: {reason}");
        Elapsed.Add(elapsed);
    }

    public void StepFailed(string step, ReleaseFailure failure, TimeSpan elapsed)
    {
        Events.Add($"failed {step}: {failure.Line}");
        Elapsed.Add(elapsed);
    }

    public void Progress(string step, string message) => Events.Add($"progress {step}: {message}");

    public void Info(string message) => Events.Add($"info {message}");

    public void Warning(string message) => Events.Add($"warning {message}");
}
