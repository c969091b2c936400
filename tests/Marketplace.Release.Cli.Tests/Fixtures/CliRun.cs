using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Cli.Tests.Fixtures;

/// <summary>What one in-process run of the CLI produced.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error, ReleaseResult? Result)
{
    public string All => Out + Error;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
