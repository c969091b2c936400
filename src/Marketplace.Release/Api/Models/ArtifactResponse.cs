using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>The body of artifact upload, fetch and GET. The id is only in <c>_links.self.href</c>.</summary>
internal sealed record ArtifactResponse(
    ArtifactFileInfo? FileInfo,
    [property: JsonPropertyName("_links")] ArtifactLinks? Links,
    ArtifactDetails? Details,
    string? Status,
    string? StatusReason)
{
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
