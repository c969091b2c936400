using Marketplace.Release.Failures;

namespace Marketplace.Release.Progress;

/// <summary>
/// Where the engine tells what it does. Each front end has its own (console, GitHub Actions, Bitbucket, Cake
/// log); the engine knows none of them. Implementations must never be handed a secret: the engine does not.
/// </summary>
public interface IReleaseReporter
{
    void StepStarted(string step);

    void StepDone(string step, string summary, TimeSpan elapsed);

    void StepSkipped(string step, string reason, TimeSpan elapsed);

    void StepFailed(string step, ReleaseFailure failure, TimeSpan elapsed);

    /// <summary>A progress line of a long upload or wait; the engine throttles these to one every few seconds.</summary>
    void Progress(string step, string message);

    void Info(string message);

    void Warning(string message);

    /// <summary>
    /// A target of a release with <c>targets:</c> begins (<paramref name="index"/> counts from 1); the steps reported
    /// until the next call are this target's. Shown as info unless a host gives each target a section of its own.
    /// </summary>
    void TargetStarted(string target, int index, int count, string description) =>
        Info(StepLine.Target(target, index, count, description));

    /// <summary>A <c>--debug</c> line (an HTTP request or response, credentials already redacted); shown as info unless a host says otherwise.</summary>
    void Debug(string message) => Info(message);
}
