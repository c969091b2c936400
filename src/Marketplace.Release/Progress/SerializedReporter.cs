using Marketplace.Release.Failures;

namespace Marketplace.Release.Progress;

/// <summary>
/// Hands a front end's reporter one call at a time: steps that run side by side, and reads sent together, report
/// from several threads, and no front end's writer (a console, a Cake log, a test's StringWriter) must see two
/// lines at once.
/// </summary>
internal sealed class SerializedReporter(IReleaseReporter inner) : IReleaseReporter
{
    private readonly Lock gate = new();

    public void StepStarted(string step)
    {
        lock (gate)
        {
            inner.StepStarted(step);
        }
    }

    public void StepDone(string step, string summary, TimeSpan elapsed)
    {
        lock (gate)
        {
            inner.StepDone(step, summary, elapsed);
        }
    }

    public void StepSkipped(string step, string reason, TimeSpan elapsed)
    {
        lock (gate)
        {
            inner.StepSkipped(step, reason, elapsed);
        }
    }

    public void StepFailed(string step, ReleaseFailure failure, TimeSpan elapsed)
    {
        lock (gate)
        {
            inner.StepFailed(step, failure, elapsed);
        }
    }

    public void Progress(string step, string message)
    {
        lock (gate)
        {
            inner.Progress(step, message);
        }
    }

    public void Info(string message)
    {
        lock (gate)
        {
            inner.Info(message);
        }
    }

    public void Warning(string message)
    {
        lock (gate)
        {
            inner.Warning(message);
        }
    }

    public void Debug(string message)
    {
        lock (gate)
        {
            inner.Debug(message);
        }
    }
}
