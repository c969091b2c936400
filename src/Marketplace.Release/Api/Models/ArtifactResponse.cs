using System.Text.Json.Serialization;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Api.Models;

/// <summary>The body of artifact upload, fetch and GET. The id is only in <c>_links.self.href</c>.</summary>
/// <param name="StatusWord">The processing <c>status</c> as the API wrote it, e.g. <c>PROCESSING</c>: only shown.</param>
internal sealed record ArtifactResponse(
    ArtifactFileInfo? FileInfo,
    [property: JsonPropertyName("_links")] ArtifactLinks? Links,
    ArtifactDetails? Details,
    [property: JsonPropertyName("status")] string? StatusWord,
    string? StatusReason)
{
    /// <summary>The processing <c>status</c>, parsed once; null when the body has none (then it is ready).</summary>
    [JsonIgnore]
    public ArtifactStatus? Status => StatusWords.ArtifactStatus(StatusWord);

    /// <summary>The last path segment of <c>_links.self.href</c>, or null when the body has no self link.</summary>
    public string? ArtifactId
    {
        get
        {
            var href = Links?.Self?.Href;
            if (string.IsNullOrEmpty(href))
            {
                return null;
            }

            var path = href.Split('?', '#')[0].TrimEnd('/');
            var slash = path.LastIndexOf('/');
            var id = slash >= 0 ? path[(slash + 1)..] : path;
            return id.Length > 0 ? Uri.UnescapeDataString(id) : null;
        }
    }
}
