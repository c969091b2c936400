namespace Marketplace.Sandbox;

public sealed record SandboxImage(string Id, string ImageType, string Name, string MimeType, long Size);
