namespace Marketplace.Sandbox;

/// <summary>An app on one hosting, as the sandbox holds it.</summary>
public sealed record SandboxAppSoftware(string AppSoftwareId, string AppKey, string Hosting, IReadOnlyList<string>? ComplianceBoundaries);
