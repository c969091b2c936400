using System.Text.Json.Nodes;

namespace Marketplace.Release.Pipeline.State;

/// <summary>A version listing as the Marketplace holds it (<c>GET …/versions/{build}/listing</c>), body kept whole for the PUT.</summary>
internal sealed record LiveListing(JsonObject Body)
{
    /// <summary><c>PUBLIC</c> or <c>PRIVATE</c>.</summary>
    public string? State => Body["state"]?.ToString();

    public string? ApprovalStatus => Body["approvalStatus"]?.ToString();

    public bool IsIn(string state) => string.Equals(State, state, StringComparison.OrdinalIgnoreCase);

    public static LiveListing? From(JsonObject? body) => body is null ? null : new LiveListing(body);
}
