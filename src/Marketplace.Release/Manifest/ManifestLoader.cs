using Marketplace.Release.Hosting;

namespace Marketplace.Release.Manifest;

/// <summary>Loads, interpolates and validates a release manifest into a <see cref="ReleasePlan"/>.</summary>
public static class ManifestLoader
{
    /// <summary>
    /// Reads the manifest at <paramref name="manifestPath"/>. Throws <see cref="ManifestException"/> listing every
    /// problem (file, line, column, fix) when it is invalid; reads local files but sends nothing.
    /// </summary>
    /// <param name="workspaceRoot">The folder paths must stay inside; null means the manifest's folder, or
    /// <c>GITHUB_WORKSPACE</c> / <c>BITBUCKET_CLONE_DIR</c> when set.</param>
    public static ReleasePlan Load(string manifestPath, IEnvironmentReader environment, string? workspaceRoot = null)
        => throw new NotImplementedException();
}
