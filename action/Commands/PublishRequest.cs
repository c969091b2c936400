namespace Marketplace.Release.Cli.Commands;

internal sealed record PublishRequest
{
    public required string ManifestPath { get; init; }

    public bool DryRun { get; init; }

    public bool NoWait { get; init; }

    public string? ResultFile { get; init; }

    public string? Timeout { get; init; }

    public string? BaseUrl { get; init; }

    public bool Debug { get; init; }
}
