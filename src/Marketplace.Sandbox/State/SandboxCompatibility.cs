namespace Marketplace.Sandbox;

public sealed record SandboxCompatibility(string? ParentSoftwareId, long? MinBuildNumber, long? MaxBuildNumber);
