namespace Marketplace.Release.Manifest;

/// <summary>Exactly one of <see cref="LocalPath"/> and <see cref="Url"/> is set.</summary>
/// <param name="LocalPath">Absolute path of the artifact file (the glob matched exactly one file).</param>
/// <param name="Url">A URL the Marketplace fetches itself (<c>POST /rest/3/artifacts/fetch</c>).</param>
public sealed record ArtifactSource(string? LocalPath, Uri? Url);
