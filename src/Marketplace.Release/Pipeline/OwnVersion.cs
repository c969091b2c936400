using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// Finds this release's version on the Marketplace, so that a re-run (or a create whose answer was lost) creates
/// nothing twice (docs/marketplace-api.md § Frameworks and exactly-once creates): by build number when the manifest gives it; for forge, whose build number the
/// Marketplace assigns, by <c>attributes.versionId</c>; for connect by the descriptor: a version whose
/// <c>descriptorId</c> artifact has the sha512 of the descriptor being released.
/// </summary>
internal static class OwnVersion
{
    /// <summary>The version as the Marketplace holds it; null when it does not exist (or cannot be recognised yet).</summary>
    /// <param name="versions">Every version of the app software (all pages), listed by the caller when it needs them too.</param>
    public static async Task<VersionResponse?> FindAsync(ReleaseRun run, ReleaseState state, Func<CancellationToken, Task<IReadOnlyList<VersionResponse>>> versions, CancellationToken cancellationToken)
    {
        var version = state.Version(run.Plan);
        var appSoftwareId = state.RequireApp().AppSoftwareId;
        if (!version.BuildAssignedByMarketplace)
        {
            return await run.Client.GetVersionAsync(appSoftwareId, version.BuildNumber, cancellationToken);
        }

        var candidates = (await versions(cancellationToken))
            .Where(v => v.FrameworkDetails?.FrameworkId == version.Framework)
            .OrderByDescending(v => v.BuildNumber)
            .ToList();
        var found = version.Framework is Framework.Forge
            ? candidates.FirstOrDefault(v => Same(Attribute(v, "versionId"), version.FrameworkAttributesJson()["versionId"]?.ToString()))
            : await ByDescriptorAsync(run, state, candidates, cancellationToken);
        // The list may abbreviate a version: the GET is the version as every other step reads it.
        return found is null ? null : await run.Client.GetVersionAsync(appSoftwareId, found.BuildNumber, cancellationToken) ?? found;
    }

    /// <summary>A lister that reads the versions once, however often it is asked.</summary>
    public static Func<CancellationToken, Task<IReadOnlyList<VersionResponse>>> ListedOnce(ReleaseRun run, string appSoftwareId)
    {
        IReadOnlyList<VersionResponse>? listed = null;
        return async token => listed ??= await run.Client.ListVersionsAsync(appSoftwareId, token);
    }

    /// <summary>
    /// The sha512 of the connect descriptor being released: the Marketplace's checksum of the uploaded or fetched
    /// descriptor, else the local file's; null for a descriptor by URL not fetched yet.
    /// </summary>
    public static async Task<string?> DescriptorChecksumAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) =>
        state.Artifact?.Checksum
        ?? (state.Version(run.Plan).Artifact?.LocalPath is { } path ? await run.Checksums.Sha512Async(path, cancellationToken) : null);

    private static async Task<VersionResponse?> ByDescriptorAsync(ReleaseRun run, ReleaseState state, IReadOnlyList<VersionResponse> candidates, CancellationToken cancellationToken)
    {
        var version = state.Version(run.Plan);
        if (version.Artifact is null)
        {
            // The manifest names the descriptor artifact itself.
            var named = version.FrameworkAttributesJson()["descriptorId"]?.ToString();
            return named is null ? null : candidates.FirstOrDefault(v => Same(Attribute(v, "descriptorId"), named));
        }

        if (await DescriptorChecksumAsync(run, state, cancellationToken) is not { } checksum)
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (Attribute(candidate, "descriptorId") is { } descriptorId
                && (descriptorId == state.Artifact?.Id
                    || FileChecksum.Same((await run.Client.GetArtifactAsync(descriptorId, cancellationToken))?.FileInfo?.Checksum, checksum)))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? Attribute(VersionResponse version, string name) => version.FrameworkDetails?.Attributes?[name]?.ToString();

    private static bool Same(string? live, string? wanted) => live is not null && string.Equals(live, wanted, StringComparison.Ordinal);
}
