namespace Marketplace.Release.Cli.Tests.Fixtures.FakeGitHub;

/// <summary>One request the fake received; <see cref="Authorization"/> says only whether a token came, never which.</summary>
internal sealed record FakeGitHubRequest(string Method, string Path, int Port, string? Accept, bool Authorization);
