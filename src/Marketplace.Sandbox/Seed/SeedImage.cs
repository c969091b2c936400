namespace Marketplace.Sandbox;

/// <summary>An image that already exists (so listings may refer to its id).</summary>
public sealed record SeedImage(string Id, string Type, string Name, string MimeType = "image/png", long Size = 1024);
