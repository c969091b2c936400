namespace Marketplace.Release.Api.Models;

internal sealed record PageLinks(string? Self, string? Next);
