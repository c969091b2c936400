namespace Marketplace.Sandbox.State;

/// <summary>
/// The display names of the parent software ids the sandbox knows, as <c>GET /rest/3/parent-software</c> lists them
/// and the partner-metrics query reports them (<c>"parentSoftware": "Confluence"</c>): the names the live API uses.
/// </summary>
internal static class ParentSoftwareNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jira"] = "Jira",
        ["confluence"] = "Confluence",
        ["bitbucket"] = "Bitbucket",
        ["bamboo"] = "Bamboo",
        ["crowd"] = "Crowd",
        ["fisheye"] = "FishEye",
        ["crucible"] = "Crucible",
        ["jira-servicedesk"] = "Jira Service Management",
    };

    /// <summary>[ours] An id without a known name is shown with its first letter capitalised.</summary>
    public static string Of(string parentSoftwareId) =>
        Names.TryGetValue(parentSoftwareId, out var name) ? name
        : parentSoftwareId.Length == 0 ? parentSoftwareId
        : char.ToUpperInvariant(parentSoftwareId[0]) + parentSoftwareId[1..];
}
