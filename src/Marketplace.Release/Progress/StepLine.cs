using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Progress;

/// <summary>
/// The text of every progress event, the same on every front end: a step's outcome (<c>✔ upload-artifact (812 ms):
/// uploaded x.jar</c>, <c>- create-version (skipped): …</c>, <c>✖ publish (5 ms): cause. Fix: fix</c>), a target's
/// opening, a progress, info or warning line. A front end adds only its surface's decoration (a GitHub group or
/// annotation, a Cake log level, a summary table) and never words an event itself.
/// </summary>
public static class StepLine
{
    /// <summary>A step begins; shown only where a surface shows starts (Cake at Verbose, GitHub's group title).</summary>
    public static string Started(string step) => $"{step}…";

    public static string Done(string step, string summary, TimeSpan elapsed) =>
        $"{Mark(StepEnding.Done)} {step} ({DurationText.Format(elapsed)}): {summary}";

    public static string Skipped(string step, string reason) => $"{Mark(StepEnding.Skipped)} {step} (skipped): {reason}";

    public static string Failed(string step, ReleaseFailure failure, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return $"{Mark(StepEnding.Failed)} {step} ({DurationText.Format(elapsed)}): {failure.Line}";
    }

    /// <summary>A whole command failed outside the steps (<c>report</c>, <c>init</c>): its closing line.</summary>
    public static string CommandFailed(string command, ReleaseFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return $"{Mark(StepEnding.Failed)} {command} failed (exit {failure.ExitCode}): {failure.Line}";
    }

    /// <summary>A change a dry run would make (<c>would publish version 1.4.0</c>), told as info.</summary>
    public static string Would(string change) => $"would {change}";

    /// <summary>The title a surface that annotates failures gives one (GitHub's <c>::error title=…::</c>).</summary>
    public static string FailedTitle(string step, ReleaseFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return $"{step} failed (exit {failure.ExitCode})";
    }

    /// <summary>The Marketplace's own words about a failure, unindented; null when it said nothing.</summary>
    public static string? MarketplaceSaid(ReleaseFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return MarketplaceSaid(failure.MarketplaceText);
    }

    /// <summary>The Marketplace's own words (a result's <c>marketplaceError</c>), unindented; null when there are none.</summary>
    public static string? MarketplaceSaid(string? text) => text is { Length: > 0 } ? $"Marketplace said: {text}" : null;

    /// <summary>A whole failure in one message (cause, fix, then the Marketplace's words on a line of their own).</summary>
    public static string FailureMessage(ReleaseFailure failure) =>
        MarketplaceSaid(failure) is { } said ? $"{failure.Line}\n{said}" : failure.Line;

    /// <summary>A target of a release with <c>targets:</c> begins (<paramref name="index"/> counts from 1).</summary>
    public static string Target(string target, int index, int count, string description) =>
        $"▶ target {target} ({index}/{count}): {description}";

    /// <summary>The heading of a step's section where a surface gives steps one; a target's name heads it.</summary>
    public static string Heading(string step, string? target) => target is null ? step : $"{target} · {step}";

    public static string Progress(string message) => Indented($"… {message}");

    public static string Info(string message) => Indented(message);

    /// <summary>A warning where the surface has no warning of its own (a terminal); others show the bare message.</summary>
    public static string Warning(string message) => Indented($"warning: {message}");

    /// <summary>A line that belongs to the step line above it (progress, info, the Marketplace's words).</summary>
    public static string Indented(string text) => $"  {text}";

    /// <summary>A step's ending as a table of steps shows it: <c>✔ done</c>, <c>- skipped</c>, <c>✖ failed</c>.</summary>
    public static string Ending(StepEnding ending) => $"{Mark(ending)} {ReleaseResultJson.Word(ending)}";

    /// <summary>The mark of a step's ending, in step lines and in tables of steps alike.</summary>
    public static string Mark(StepEnding ending) => ending switch
    {
        StepEnding.Done => "✔",
        StepEnding.Skipped => "-",
        _ => "✖",
    };
}
