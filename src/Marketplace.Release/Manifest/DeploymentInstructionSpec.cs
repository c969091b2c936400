namespace Marketplace.Release.Manifest;

public sealed record DeploymentInstructionSpec(string Body, ScreenshotSpec? Screenshot);
