namespace Marketplace.Sandbox.State;

/// <summary>
/// The products (apps with a productId) of every developer space, keyed by productId. Part of
/// <see cref="MarketplaceStore"/> and guarded by its lock.
/// </summary>
internal sealed class PresenceStore
{
    /// <summary>
    /// [ours] The default and largest page of <c>GET /rest/3/product-listing/developer-space/{developerId}</c>:
    /// small, so that clients must follow <c>links.next</c>. A larger <c>limit</c> is capped to it.
    /// </summary>
    public int DeveloperSpacePageSize { get; set; } = SandboxSeed.DefaultDeveloperSpacePageSize;

    public Dictionary<string, ProductEntry> Products { get; } = new(StringComparer.OrdinalIgnoreCase);
}
