namespace Marketplace.Release.Cli.Tests.Fixtures;

/// <summary>A request as the product sent it: <see cref="Path"/> below the base (<c>rest/3/…</c>, no query), the body's text.</summary>
internal sealed record SentRequest(string Method, string Path, string? ContentType, string Body);
