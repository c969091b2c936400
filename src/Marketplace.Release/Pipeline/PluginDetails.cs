using Marketplace.Release.Api.Models;
using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// A plugin artifact's <c>details</c> (read by the Marketplace from its <c>atlassian-plugin.xml</c>, docs/marketplace-api.md §
/// Artifacts) must be the app and version the manifest releases: <c>details.key</c> equal to <c>app.key</c>, and
/// <c>details.version</c>, when present, equal to <c>version.number</c> (docs/marketplace-api.md § Frameworks and exactly-once creates). Checked right after the upload,
/// before anything is created; a mismatch is exit 4.
/// </summary>
internal static class PluginDetails
{
    public static void Check(ReleaseRun run, ReleaseState state, ArtifactResponse artifact, string fileName)
    {
        if (artifact.Details is not { } details)
        {
            return;
        }

        var app = run.Plan.App.Key;
        if (details.Key is { Length: > 0 } key && !string.Equals(key, app, StringComparison.Ordinal))
        {
            throw new ReleaseFailedException(FailureKind.Refused,
                $"{fileName} is the plugin {key}, not {app} (its atlassian-plugin.xml names key '{key}'); nothing was created",
                $"release the artifact built for {app}, or set app.key: {key} if that is the app to release");
        }

        var number = state.Version(run.Plan).Number;
        if (details.Version is { Length: > 0 } version && !string.Equals(version, number, StringComparison.Ordinal))
        {
            throw new ReleaseFailedException(FailureKind.Refused,
                $"{fileName} is version {version} of {app}, but version.number is {number}; nothing was created",
                $"set version.number: {version}, or build the artifact with version {number} in its atlassian-plugin.xml");
        }
    }
}
