using System.Text.Json.Nodes;
using Marketplace.Sandbox.State;

namespace Marketplace.Sandbox;

/// <summary>
/// Read access to the apps' Marketplace presence (app listings, migration records, privacy answers), for assertions.
/// Every call takes the store's lock and returns private copies.
/// </summary>
public sealed class SandboxPresence
{
    private readonly MarketplaceStore store;

    internal SandboxPresence(MarketplaceStore store) => this.store = store;

    /// <summary>The product ids the sandbox holds.</summary>
    public IReadOnlyList<string> ProductIds => Read(() => store.Presence.Products.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList());

    /// <summary>The app listing as <c>GET /rest/3/product-listing/{productId}</c> shows it, or null for an unknown product.</summary>
    public JsonObject? AppListing(string productId) => Read(() => Product(productId)?.Listing.Render(productId));

    /// <summary>The migration record as its GET shows it; null when there is none.</summary>
    public JsonObject? Migration(string productId) => Read(() => Product(productId) is { Migration: { } migration } product ? migration.Render(product) : null);

    /// <summary>The live privacy-and-security answers (<c>{"commonCloud": …}</c>); null when none.</summary>
    public JsonObject? PrivacySecurityLive(string productId) => Read(() => (JsonObject?)Product(productId)?.Privacy.Live?.DeepClone());

    /// <summary>The draft privacy-and-security answers; null when none.</summary>
    public JsonObject? PrivacySecurityDraft(string productId) => Read(() => (JsonObject?)Product(productId)?.Privacy.Draft?.DeepClone());

    /// <summary>How many times a privacy-and-security draft of this product was published.</summary>
    public int PrivacySecurityPublishCount(string productId) => Read(() => Product(productId)?.Privacy.PublishCount ?? 0);

    private ProductEntry? Product(string productId) => store.Presence.Products.GetValueOrDefault(productId);

    private T Read<T>(Func<T> read)
    {
        lock (store.Gate)
        {
            return read();
        }
    }
}
