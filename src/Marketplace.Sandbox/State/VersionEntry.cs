using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.State;

/// <summary>A stored version: the posted fields as sent, plus what the Marketplace adds.</summary>
internal sealed class VersionEntry(long buildNumber, JsonObject body, string state, DateTimeOffset createdAt, string createdBy)
{
    public long BuildNumber { get; } = buildNumber;

    /// <summary>The posted fields (buildNumber and versionNumber included, server-side fields excluded).</summary>
    public JsonObject Body { get; set; } = body;

    public string State { get; set; } = state;
    public int Revision { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public string CreatedBy { get; } = createdBy;
    public ListingEntry? Listing { get; set; }

    public string? ArtifactId => Http.JsonRead.String(Body["frameworkDetails"]?["attributes"]?["artifactId"]);
}
