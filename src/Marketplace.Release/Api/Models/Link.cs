namespace Marketplace.Release.Api.Models;

internal sealed record Link(string? Href);
