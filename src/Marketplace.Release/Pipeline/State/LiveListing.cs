using System.Text.Json.Nodes;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Pipeline.State;

/// <summary>
/// A version listing as the Marketplace holds it (<c>GET …/versions/{build}/listing</c>), body kept whole for the
/// PUT. Its state and approval status are parsed here, once; decisions compare <see cref="State"/> and
/// <see cref="ApprovalStatus"/>, and the words (<see cref="StateWord"/>, <see cref="ApprovalStatusWord"/>) are only shown.
/// </summary>
internal sealed record LiveListing(JsonObject Body)
{
    /// <summary><see cref="ListingState.Public"/> or <see cref="ListingState.Private"/>; null when the body has no <c>state</c>.</summary>
    public ListingState? State => StatusWords.ListingState(StateWord);

    /// <summary>The <c>state</c> as the API wrote it, e.g. <c>PUBLIC</c>: what logs and the result file show.</summary>
    public string? StateWord => Body["state"]?.ToString();

    public ApprovalStatus? ApprovalStatus => StatusWords.ApprovalStatus(ApprovalStatusWord);

    /// <summary>The <c>approvalStatus</c> as the API wrote it, e.g. <c>SUBMITTED</c>: what logs and the result file show.</summary>
    public string? ApprovalStatusWord => Body["approvalStatus"]?.ToString();

    public bool IsIn(ListingState state) => State == state;

    public static LiveListing? From(JsonObject? body) => body is null ? null : new LiveListing(body);
}
