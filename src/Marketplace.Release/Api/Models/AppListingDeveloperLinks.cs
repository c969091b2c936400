using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary><c>developerLinks</c> of the app listing (the reference's PUT example), each an URL.</summary>
internal sealed record AppListingDeveloperLinks
{
    public string? IssueTracker { get; init; }

    public string? SupportTicketSystem { get; init; }

    public string? AppStatusPage { get; init; }

    public string? Forums { get; init; }

    public string? Privacy { get; init; }

    /// <remarks>
    /// A dictionary with a setter: the source generator binds init-only members as constructor parameters, and extension
    /// data bound that way can be neither init-only nor a JsonObject.
    /// </remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; set; }
}
