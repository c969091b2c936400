using System.Text.Json.Nodes;

namespace Marketplace.Sandbox;

/// <summary>
/// An existing version, written in the API's own JSON shape (as <c>POST …/versions</c> takes it, plus an optional
/// <c>state</c>), and optionally its listing in the shape of <c>POST …/listing</c> (plus an optional <c>approvalStatus</c>
/// and, for a REJECTED one, <c>rejectionReason</c>; a SUBMITTED or PENDING_REVIEW one is decided by the seed's approval policy).
/// </summary>
public sealed class SeedVersion
{
    public required JsonObject Version { get; set; }
    public JsonObject? Listing { get; set; }

    /// <summary>The version's <c>createdAt</c>, this many days before the sandbox starts (the release date a report counts from); null: the start.</summary>
    public int? ReleasedDaysAgo { get; set; }
}
