namespace Marketplace.Sandbox;

public sealed record SandboxScreenshot(string? ImageId, string? Caption);
