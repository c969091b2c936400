using Cake.Core.Diagnostics;
using Marketplace.Release.Failures;
using Marketplace.Release.Progress;

using Marketplace.Release.Running;

namespace Cake.Marketplace;

/// <summary>
/// The engine's events as Cake log lines: one per step outcome at Normal verbosity, progress and step starts at
/// Verbose. Every line passes through the session's <see cref="SecretMask"/> (API token, Basic credentials, GITHUB_TOKEN), although the engine never hands out a secret:
/// a token that leaks into a server's error text must still not reach a build log.
/// </summary>
internal sealed class CakeReleaseReporter(ICakeLog log, SecretMask mask) : IReleaseReporter
{
    public void StepStarted(string step) => Write(Verbosity.Verbose, LogLevel.Verbose, $"{step}…");

    public void StepDone(string step, string summary, TimeSpan elapsed) =>
        Information($"✔ {step} ({Ms(elapsed)}): {summary}");

    public void StepSkipped(string step, string reason, TimeSpan elapsed) =>
        Information($"- {step} (skipped): {reason}");

    public void StepFailed(string step, ReleaseFailure failure, TimeSpan elapsed)
    {
        Write(Verbosity.Quiet, LogLevel.Error, $"✖ {step} ({Ms(elapsed)}): {failure.Line}");
        if (failure.MarketplaceText is { Length: > 0 } text)
        {
            Write(Verbosity.Quiet, LogLevel.Error, $"  Marketplace said: {text}");
        }
    }

    // Progress is Normal, not Verbose: a long upload or wait must show signs of life in a default build log.
    public void Progress(string step, string message) => Information($"  … {message}");

    public void Info(string message) => Information($"  {message}");

    public void TargetStarted(string target, int index, int count, string description) =>
        Information($"▶ target {target} ({index}/{count}): {description}");

    public void Warning(string message) => Write(Verbosity.Minimal, LogLevel.Warning, message);

    public void Information(string line) => Write(Verbosity.Normal, LogLevel.Information, line);

    public void Error(string line) => Write(Verbosity.Quiet, LogLevel.Error, line);

    /// <summary>The text with every secret replaced, for what leaves through other doors than the log (exceptions).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public string? Mask(string? text) => text is null ? null : mask.Apply(text);

    // The line is an argument, never the format: Marketplace texts may hold braces.
    private void Write(Verbosity verbosity, LogLevel level, string line) => log.Write(verbosity, level, "{0}", mask.Apply(line));

    private static string Ms(TimeSpan elapsed) => $"{elapsed.TotalMilliseconds:0} ms";
}
