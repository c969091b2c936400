using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>What one run of the CLI produced (in-process or a real process).</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error, ReleaseResult? Result, string? ResultText)
{
    public string All => Out + Error;

    /// <summary>Peak resident memory of a real process in bytes; 0 for in-process runs or when unknown.</summary>
    public long PeakMemoryBytes { get; init; }

    public bool Killed { get; init; }

    public override string ToString() => $"exit {ExitCode}{(Killed ? " (killed)" : string.Empty)}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
