namespace Marketplace.Release.Manifest;

public sealed record ScreenshotSpec(ImageRef Image, string? Caption);
