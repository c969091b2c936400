namespace Marketplace.Release.Api.Models;

/// <summary>The body of <c>POST /rest/3/assets/images/{imageType}</c>.</summary>
internal sealed record ImageResponse(string? Id, string? MimeType, string? Name, long? Size);
