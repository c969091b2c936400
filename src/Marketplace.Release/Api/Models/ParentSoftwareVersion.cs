using System.Text.Json.Serialization;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Api.Models;

/// <summary>
/// A product version of the parent software API: the body of <c>GET /rest/3/parent-software/{id}/versions/number/{v}</c>
/// and <c>…/versions/build/{b}</c>, and an element of the versions list (docs/marketplace-api.md § Versions shows
/// <c>{buildNumber, versionNumber, hosting, state, revision}</c>).
/// </summary>
/// <param name="Hosting">The hostings the product version exists for (<c>server</c>, <c>datacenter</c>, <c>cloud</c>); null for a word this tool does not know.</param>
/// <param name="StateWord">The <c>state</c> as the API wrote it, e.g. <c>active</c>.</param>
internal sealed record ParentSoftwareVersion(
    long BuildNumber,
    string? VersionNumber,
    IReadOnlyList<Hosting?>? Hosting = null,
    [property: JsonPropertyName("state")] string? StateWord = null)
{
    /// <summary>The <c>state</c>, parsed once; only <see cref="VersionState.Active"/> versions count as released.</summary>
    [JsonIgnore]
    public VersionState? State => StatusWords.VersionState(StateWord);
}
