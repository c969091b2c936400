namespace Marketplace.Sandbox.State;

/// <summary>A product version; <see cref="State"/> is <c>active</c> for a released one (the example in docs/marketplace-api.md § Parent software).</summary>
internal sealed record ParentSoftwareVersionEntry(string ParentSoftwareId, string VersionNumber, long BuildNumber, IReadOnlyList<string> Hosting, string State = "active");
