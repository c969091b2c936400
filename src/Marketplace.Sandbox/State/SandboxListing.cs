using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox;

/// <summary>
/// A snapshot of one version listing. <see cref="Json"/> is the listing as <c>GET …/listing</c> answers it
/// (a private copy); the properties read the fields tests assert on most.
/// </summary>
public sealed record SandboxListing(string AppSoftwareId, long BuildNumber, JsonObject Json)
{
    /// <summary>PUBLIC or PRIVATE.</summary>
    public string? State => JsonRead.String(Json["state"]);

    public string? ApprovalStatus => JsonRead.String(Json["approvalStatus"]);
    public long? Revision => JsonRead.Integer(Json["revision"]);
    public string? MoreDetails => JsonRead.String(Json["moreDetails"]);
    public string? HeroImage => JsonRead.String(Json["heroImage"]);
    public string? YoutubeId => JsonRead.String(Json["youtubeId"]);
    public JsonObject? DeveloperLinks => Json["developerLinks"] as JsonObject;
    public JsonArray? Highlights => Json["highlights"] as JsonArray;

    public IReadOnlyList<SandboxScreenshot> Screenshots =>
        (Json["screenshots"] as JsonArray ?? []).Select(item => new SandboxScreenshot(JsonRead.String(item?["imageId"]), JsonRead.String(item?["caption"]))).ToList();
}
