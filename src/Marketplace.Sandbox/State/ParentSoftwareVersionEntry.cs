namespace Marketplace.Sandbox.State;

internal sealed record ParentSoftwareVersionEntry(string ParentSoftwareId, string VersionNumber, long BuildNumber, IReadOnlyList<string> Hosting);
