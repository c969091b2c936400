using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Api;

/// <summary>
/// The app's Marketplace presence (docs/marketplace-api.md § Presence sections): the developer space's listings (to find the <c>productId</c>), the
/// app-level listing, the Cloud migration record, the privacy and security answers. Reads answer null for 404; writes go
/// through the never-retried client, like every other create or update (a lost answer is settled by re-reading).
/// Reference: the Postman collection's "App listing", "Migrations" and "Privacy and security".
/// </summary>
internal sealed partial class MarketplaceClient
{
    private const string JsonPatchMediaType = "application/json-patch+json";

    /// <summary>
    /// The listing of <paramref name="appKey"/> among the developer space's app listings, private ones included
    /// (<c>includePrivate=true</c>: a release may stage an app that is not public yet), following <c>links.next</c>
    /// until the app is found or the pages end; null when it is on none of them (or the developer space is unknown).
    /// </summary>
    public async Task<DeveloperListing?> FindDeveloperListingAsync(string developerId, string appKey, CancellationToken cancellationToken)
    {
        await foreach (var page in PagesAsync($"rest/3/product-listing/developer-space/{Escape(developerId)}?includePrivate=true",
            Json.DeveloperListingsPage, page => page.Links, cancellationToken, WithIncludePrivate))
        {
            if (page.Items?.FirstOrDefault(item => string.Equals(item.AppKey, appKey, StringComparison.Ordinal)) is { ProductId.Length: > 0 } found)
            {
                return found;
            }
        }

        return null;
    }

    public Task<AppListing?> GetAppListingAsync(string productId, CancellationToken cancellationToken) =>
        GetAsync(AppListingPath(productId), Json.AppListing, cancellationToken);

    /// <summary>
    /// <c>PUT /rest/3/product-listing/{productId}</c>: the whole listing, built on a GET and carrying its
    /// <c>revision</c>, with only the fields of the contract's <c>UpdateProductListingV3Request</c> (the GET's
    /// <c>productId</c>, <c>slug</c>, <c>cloudComplianceBoundary</c>, <c>approvalDetails</c> and null members are left
    /// out). Any 2xx is success; its body is not read.
    /// </summary>
    public Task UpdateAppListingAsync(string productId, AppListing listing, CancellationToken cancellationToken) =>
        SendAsync(creates, HttpMethod.Put, AppListingPath(productId),
            JsonContent(RequestFields.Keep(JsonSerializer.SerializeToNode(listing, Json.AppListing)!.AsObject(), RequestFields.AppListingUpdate), Json.JsonObject), cancellationToken);

    public Task<MigrationInfo?> GetMigrationAsync(string productId, CancellationToken cancellationToken) =>
        GetAsync(MigrationRecordPath(productId), Json.MigrationInfo, cancellationToken);

    /// <summary><c>PUT …/cloud-migration-compatibility/products/{productId}</c>: creates the record ("Create migration info").</summary>
    public Task CreateMigrationAsync(string productId, MigrationInfo record, CancellationToken cancellationToken) =>
        SendAsync(creates, HttpMethod.Put, MigrationRecordPath(productId), JsonContent(record, Json.MigrationInfo), cancellationToken);

    /// <summary><c>PATCH …/cloud-migration-compatibility/products/{productId}</c> with a JSON Patch (<c>application/json-patch+json</c>).</summary>
    public Task PatchMigrationAsync(string productId, IReadOnlyList<JsonPatchOperation> patch, CancellationToken cancellationToken) =>
        SendAsync(creates, HttpMethod.Patch, MigrationRecordPath(productId),
            JsonContent(patch, Json.IReadOnlyListJsonPatchOperation, JsonPatchMediaType), cancellationToken);

    /// <summary>The live or the draft answers; <c>state</c> is always sent (without it a draft would be answered when one exists).</summary>
    public Task<PrivacySecurityInfo?> GetPrivacySecurityAsync(string productId, PrivacySecurityState state, CancellationToken cancellationToken) =>
        GetAsync($"{PrivacySecurityPath(productId)}?state={StateName(state)}", Json.PrivacySecurityInfo, cancellationToken);

    /// <summary><c>PUT …/privacy-and-security/products/{productId}</c>: "any update will create a new draft version".</summary>
    public Task PutPrivacySecurityDraftAsync(string productId, JsonObject commonCloud, CancellationToken cancellationToken) =>
        SendAsync(creates, HttpMethod.Put, PrivacySecurityPath(productId),
            JsonContent(new PrivacySecurityInfo { CommonCloud = commonCloud }, Json.PrivacySecurityInfo), cancellationToken);

    /// <summary><c>POST …/privacy-and-security/products/{productId}/publish</c> (no body): the draft replaces the live answers.</summary>
    public Task PublishPrivacySecurityAsync(string productId, CancellationToken cancellationToken) =>
        SendAsync(creates, HttpMethod.Post, PrivacySecurityPath(productId) + "/publish", null, cancellationToken);

    private static string AppListingPath(string productId) => $"rest/3/product-listing/{Escape(productId)}";

    private static string MigrationRecordPath(string productId) => $"rest/3/cloud-migration-compatibility/products/{Escape(productId)}";

    private static string PrivacySecurityPath(string productId) => $"rest/3/privacy-and-security/products/{Escape(productId)}";

    private static string StateName(PrivacySecurityState state) => state switch
    {
        PrivacySecurityState.Draft => "draft",
        _ => "live",
    };

    /// <summary>
    /// A <c>links.next</c> that dropped <c>includePrivate</c> would list public apps only from the second page on; the
    /// reference does not say the cursor keeps it, so it is added back.
    /// </summary>
    private static string WithIncludePrivate(string next) =>
        next.Contains("includePrivate=", StringComparison.OrdinalIgnoreCase)
            ? next
            : next + (next.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "includePrivate=true";
}
