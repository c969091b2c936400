using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>
/// A page of <c>GET /rest/3/reporting/developer-space/{developerId}/feedback/details</c> (OpenAPI <c>Reports_GetFeedback</c>):
/// <c>{_links: {self, query, prev?, next?}, totalCount, feedback}</c>, offset paginated (limit at most 50).
/// </summary>
internal sealed record FeedbackPage(
    [property: JsonPropertyName("_links")] FeedbackLinks? Links,
    IReadOnlyList<FeedbackEntry>? Feedback,
    int? TotalCount);
