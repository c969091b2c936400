using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.State;

/// <summary>Fills the store's products from the seed's apps that have a productId. Seeded content is trusted.</summary>
internal static class PresenceSeedLoader
{
    public static void Apply(SandboxSeed seed, MarketplaceStore store)
    {
        store.Presence.DeveloperSpacePageSize = seed.DeveloperSpacePageSize;
        foreach (var app in seed.Apps)
        {
            if (app.ProductId is not { } productId)
            {
                continue;
            }

            var developerId = app.DeveloperId ?? throw new SandboxSeedException($"App {app.Key} has a productId but no developerId");
            var product = new ProductEntry(
                productId,
                app.Key,
                developerId,
                new HashSet<string>(app.Users, StringComparer.OrdinalIgnoreCase),
                Listing(app, developerId));
            if (app.CloudMigration is { } migration)
            {
                var fields = (JsonObject)migration.DeepClone();
                fields.Remove("productId");
                fields.Remove("addonKey");
                fields["developerId"] ??= developerId;
                fields["addonName"] ??= app.Name ?? app.Key;
                product.Migration = new MigrationEntry(fields);
            }

            product.Privacy.Live = (JsonObject?)app.PrivacySecurityLive?.DeepClone();
            product.Privacy.Draft = (JsonObject?)app.PrivacySecurityDraft?.DeepClone();
            if (!store.Presence.Products.TryAdd(productId, product))
            {
                throw new SandboxSeedException($"Two apps seed productId {productId}");
            }
        }
    }

    /// <summary>The seeded listing, or a minimal PRIVATE one; fields the GET always shows are filled in.</summary>
    private static AppListingEntry Listing(SeedApp app, string developerId)
    {
        var seeded = (JsonObject?)app.AppListing?.DeepClone() ?? [];
        var revision = JsonRead.Integer(seeded["revision"]);
        seeded.Remove("productId");
        seeded.Remove("revision");
        var body = new JsonObject
        {
            ["appKey"] = app.Key,
            ["developerId"] = developerId,
            ["appName"] = app.Name ?? app.Key,
        };
        foreach (var (name, value) in seeded)
        {
            if (name is not ("appKey" or "developerId"))
            {
                body[name] = name == "tags" && value is JsonObject tags ? AppListingTags.FromSeed(tags) : value?.DeepClone();
            }
        }

        // The fields the contract's GET answer (ProductListingV3Response) requires, where the seed leaves them out; an
        // app listing's approval status has NOT_ASSIGNED where a version listing's has UNINITIATED.
        body["state"] ??= "PRIVATE";
        body["approvalStatus"] ??= JsonRead.String(body["state"]) == "PUBLIC" ? "APPROVED" : "NOT_ASSIGNED";
        body["communityEnabled"] ??= false;
        body["slug"] ??= app.Key.Replace('.', '-');
        body["cloudComplianceBoundary"] ??= false;
        return new AppListingEntry(body) { Revision = (int)(revision ?? 1) };
    }
}
