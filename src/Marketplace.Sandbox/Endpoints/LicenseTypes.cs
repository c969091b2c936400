namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// The licence ids a version may name (docs/marketplace-api.md § Versions) and the display name a version GET shows beside the id.
/// Only "Commercial License" is from the reference (the v3 reference's version GET example; docs/marketplace-api.md § Versions); the others are
/// the sandbox's wording ([ours]): clients must compare licences by <c>id</c>, never by name.
/// </summary>
internal static class LicenseTypes
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["atlassian-closed-source"] = "Atlassian Closed Source License",
        ["commercial"] = "Commercial License",
        ["commercial-free"] = "Commercial Free License",
        ["bsd"] = "BSD License",
        ["asl"] = "Apache License 2.0",
        ["gpl"] = "GNU General Public License",
        ["lgpl"] = "GNU Lesser General Public License",
        ["epl"] = "Eclipse Public License",
    };
}
