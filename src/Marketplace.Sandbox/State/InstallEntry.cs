namespace Marketplace.Sandbox.State;

/// <summary>Active installs of one app in one week (dated by its Monday) on one host version.</summary>
internal sealed record InstallEntry(string DeveloperId, string AppKey, string ProductId, string ParentSoftwareId, string Version, DateOnly Week, long Installs);
