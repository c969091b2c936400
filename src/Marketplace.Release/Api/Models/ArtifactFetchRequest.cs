namespace Marketplace.Release.Api.Models;

/// <summary>The body of <c>POST /rest/3/artifacts/fetch</c>; the field is <c>uri</c>.</summary>
internal sealed record ArtifactFetchRequest(string Uri);
