namespace Marketplace.Sandbox.State;

/// <summary>One app software (an app on one hosting) with its versions, keyed by build number.</summary>
internal sealed class AppSoftwareEntry(string id, string appKey, string hosting, IReadOnlyList<string>? complianceBoundaries, IReadOnlySet<string> allowedUsers)
{
    public string Id { get; } = id;
    public string AppKey { get; } = appKey;
    public string Hosting { get; } = hosting;
    public IReadOnlyList<string>? ComplianceBoundaries { get; } = complianceBoundaries;

    /// <summary>Account e-mails that may see this app; empty means every account.</summary>
    public IReadOnlySet<string> AllowedUsers { get; } = allowedUsers;

    public SortedDictionary<long, VersionEntry> Versions { get; } = [];

    public bool IsVisibleTo(string user) => AllowedUsers.Count == 0 || AllowedUsers.Contains(user);
}
