using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Cli;

/// <summary>Everything the CLI reads from or writes to its surroundings, so tests can run it in-process.</summary>
internal sealed class CliContext
{
    public required IEnvironmentReader Environment { get; init; }

    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public required string WorkingDirectory { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Lets tests shorten waits and retries; identity in production.</summary>
    public Func<ReleaseOptions, ReleaseOptions> AdjustReleaseOptions { get; init; } = options => options;

    public static CliContext FromProcess() => new()
    {
        Environment = ProcessEnvironment.Instance,
        Out = Console.Out,
        Error = Console.Error,
        WorkingDirectory = Directory.GetCurrentDirectory(),
    };

    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
