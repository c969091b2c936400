namespace Marketplace.Release.Cli.Tests.Fixtures.FakeGitHub;

/// <summary>A release the fake GitHub holds; tests read <see cref="Body"/> back after a link back.</summary>
internal sealed class FakeRelease
{
    public required long Id { get; init; }

    public required string Tag { get; init; }

    public string? Name { get; set; }

    public string Body { get; set; } = string.Empty;

    public List<FakeAsset> Assets { get; } = [];

    /// <summary>How many PATCHes changed this release.</summary>
    public int Updates { get; set; }
}
