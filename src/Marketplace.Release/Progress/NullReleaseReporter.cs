using Marketplace.Release.Failures;

namespace Marketplace.Release.Progress;

public sealed class NullReleaseReporter : IReleaseReporter
{
    public static NullReleaseReporter Instance { get; } = new();

    public void StepStarted(string step)
    {
    }

    public void StepDone(string step, string summary, TimeSpan elapsed)
    {
    }

    public void StepSkipped(string step, string reason, TimeSpan elapsed)
    {
    }

    public void StepFailed(string step, ReleaseFailure failure, TimeSpan elapsed)
    {
    }

    public void Progress(string step, string message)
    {
    }

    public void Info(string message)
    {
    }

    public void Warning(string message)
    {
    }
}
