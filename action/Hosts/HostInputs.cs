using Marketplace.Release.Hosting;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>Inputs a host supplies; null means "not given here" (the command line or the default applies).</summary>
internal sealed record HostInputs
{
    public string? ManifestPath { get; init; }

    public bool? DryRun { get; init; }

    public string? BaseUrl { get; init; }

    /// <summary>As written (e.g. <c>10m</c>); the runner parses it so a bad value is reported like <c>--timeout</c>.</summary>
    public string? Timeout { get; init; }

    public string? ResultFile { get; init; }

    public bool Debug { get; init; }

    /// <summary>A host input that cannot be used (e.g. <c>dry-run: maybe</c>): a usage error, exit 2, nothing sent.</summary>
    public string? Problem { get; init; }

    /// <summary>The environment the release reads (credentials may come from host inputs mapped onto the usual names).</summary>
    public required IEnvironmentReader Environment { get; init; }

    /// <summary>The folder relative manifest paths start from.</summary>
    public string? WorkingDirectory { get; init; }
}
