using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Cli;

/// <summary>Everything the CLI reads from or writes to its surroundings, so tests can run it in-process.</summary>
internal sealed record CliContext
{
    public required IEnvironmentReader Environment { get; init; }

    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public required string WorkingDirectory { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Lets tests shorten waits and retries; identity in production.</summary>
    public Func<ReleaseOptions, ReleaseOptions> AdjustReleaseOptions { get; init; } = options => options;

    /// <summary>
    /// The host chose the command (a container Action or a pipe starts the image without arguments): its user sets
    /// inputs or pipe variables, so messages name those; a command line typed in a CI job names the flags.
    /// </summary>
    public bool StartedByHost { get; init; }

    /// <summary>This context, for a run whose command the host chose.</summary>
    public CliContext WithStartedByHost() => this with { StartedByHost = true };

    public static CliContext FromProcess() => new()
    {
        Environment = ProcessEnvironment.Instance,
        Out = Console.Out,
        Error = Console.Error,
        WorkingDirectory = Directory.GetCurrentDirectory(),
    };

    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
