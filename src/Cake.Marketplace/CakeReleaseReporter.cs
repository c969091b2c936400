using Cake.Core.Diagnostics;
using Marketplace.Release.Failures;
using Marketplace.Release.Progress;
using Marketplace.Release.Running;

namespace Cake.Marketplace;

/// <summary>
/// The engine's <see cref="StepLine"/>s as Cake log lines: one per step outcome and progress at Normal verbosity, step starts at
/// Verbose. Every line passes through the session's <see cref="SecretMask"/> (API token, Basic credentials, GITHUB_TOKEN), although the engine never hands out a secret:
/// a token that leaks into a server's error text must still not reach a build log.
/// </summary>
internal sealed class CakeReleaseReporter(ICakeLog log, SecretMask mask) : IReleaseReporter
{
    public void StepStarted(string step) => Write(Verbosity.Verbose, LogLevel.Verbose, StepLine.Started(step));

    public void StepDone(string step, string summary, TimeSpan elapsed) => Information(StepLine.Done(step, summary, elapsed));

    public void StepSkipped(string step, string reason, TimeSpan elapsed) => Information(StepLine.Skipped(step, reason));

    public void StepFailed(string step, ReleaseFailure failure, TimeSpan elapsed)
    {
        Error(StepLine.Failed(step, failure, elapsed));
        if (StepLine.MarketplaceSaid(failure) is { } said)
        {
            Error(StepLine.Indented(said));
        }
    }

    // Progress is Normal, not Verbose: a long upload or wait must show signs of life in a default build log.
    public void Progress(string step, string message) => Information(StepLine.Progress(message));

    public void Info(string message) => Information(StepLine.Info(message));

    public void TargetStarted(string target, int index, int count, string description) =>
        Information(StepLine.Target(target, index, count, description));

    public void Warning(string message) => Write(Verbosity.Minimal, LogLevel.Warning, message);

    public void Information(string line) => Write(Verbosity.Normal, LogLevel.Information, line);

    public void Error(string line) => Write(Verbosity.Quiet, LogLevel.Error, line);

    /// <summary>The text with every secret replaced, for what leaves through other doors than the log (exceptions).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public string? Mask(string? text) => text is null ? null : mask.Apply(text);

    // The line is an argument, never the format: Marketplace texts may hold braces.
    private void Write(Verbosity verbosity, LogLevel level, string line) => log.Write(verbosity, level, "{0}", mask.Apply(line));
}
