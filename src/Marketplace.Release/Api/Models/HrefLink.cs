namespace Marketplace.Release.Api.Models;

/// <summary>A HAL link: <c>{"href": "/rest/3/…"}</c>.</summary>
internal sealed record HrefLink(string? Href);
