namespace Marketplace.Release.Manifest;

public sealed record HighlightSpec(string Title, string? Caption, string? Summary, ScreenshotSpec? Screenshot, ImageRef? Thumbnail);
