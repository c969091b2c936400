namespace Marketplace.Release.Api.Models;

/// <summary>
/// One app of a developer space, as <c>GET /rest/3/product-listing/developer-space/{developerId}</c> lists it. Only
/// what resolving a <c>productId</c> by app key needs is read; the reference gives no response body, and each item is
/// taken to be the app listing as <c>GET /rest/3/product-listing/{productId}</c> shows it ("productId, appKey, …,
/// appName, …, state").
/// </summary>
internal sealed record DeveloperListing(string? ProductId, string? AppKey, string? AppName, string? State);
