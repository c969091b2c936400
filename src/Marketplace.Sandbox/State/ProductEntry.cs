namespace Marketplace.Sandbox.State;

/// <summary>
/// One Marketplace app as a product of a developer space (productId), with its app-level presence: the app listing,
/// the Cloud migration record and the privacy-and-security answers. Versions live on <see cref="AppSoftwareEntry"/>.
/// </summary>
internal sealed class ProductEntry(string productId, string appKey, string developerId, IReadOnlySet<string> allowedUsers, AppListingEntry listing)
{
    public string ProductId { get; } = productId;
    public string AppKey { get; } = appKey;
    public string DeveloperId { get; } = developerId;

    /// <summary>Account e-mails that may see this app (the seed app's <c>users</c>); empty means every account.</summary>
    public IReadOnlySet<string> AllowedUsers { get; } = allowedUsers;

    public AppListingEntry Listing { get; } = listing;

    /// <summary>Null until created (GET answers 404 without one).</summary>
    public MigrationEntry? Migration { get; set; }

    public PrivacySecurityEntry Privacy { get; } = new();

    public bool IsVisibleTo(string user) => AllowedUsers.Count == 0 || AllowedUsers.Contains(user);
}
