using System.Text.Json.Nodes;

namespace Marketplace.Sandbox;

public sealed class SeedApp
{
    public required string Key { get; set; }
    public string? Name { get; set; }

    /// <summary>E-mails of the accounts that may see and change this app; empty means every account (others get 403).</summary>
    public IList<string> Users { get; } = new List<string>();

    /// <summary>One entry per hosting (server, datacenter, cloud).</summary>
    public IList<SeedAppSoftware> Software { get; } = new List<SeedAppSoftware>();

    /// <summary>The developer space (a UUID) the app belongs to; required with <see cref="ProductId"/>.</summary>
    public string? DeveloperId { get; set; }

    /// <summary>The app's product id (a UUID); without it the app has no app listing, migration record or privacy answers.</summary>
    public string? ProductId { get; set; }

    /// <summary>
    /// The app listing as <c>GET /rest/3/product-listing/{productId}</c> shows it (productId, appKey, developerId and
    /// revision are filled in; tags may be plain strings or <c>{id, name}</c> objects). Null: a minimal PRIVATE listing.
    /// </summary>
    public JsonObject? AppListing { get; set; }

    /// <summary>The Cloud migration record as the API's PUT takes it; null: none (GET answers 404).</summary>
    public JsonObject? CloudMigration { get; set; }

    /// <summary>The live privacy-and-security answers (<c>{"commonCloud": {…}}</c>); null: none.</summary>
    public JsonObject? PrivacySecurityLive { get; set; }

    /// <summary>A draft of the privacy-and-security answers; null: none.</summary>
    public JsonObject? PrivacySecurityDraft { get; set; }

    /// <summary>Weekly active installs per host version, for the partner-metrics query; needs <see cref="DeveloperId"/> and <see cref="ProductId"/>.</summary>
    public IList<SeedInstallCount> Installs { get; } = new List<SeedInstallCount>();

    /// <summary>Uninstall and disable feedback, for the feedback details report; needs <see cref="DeveloperId"/> and <see cref="ProductId"/>.</summary>
    public IList<SeedFeedback> Feedback { get; } = new List<SeedFeedback>();
}
