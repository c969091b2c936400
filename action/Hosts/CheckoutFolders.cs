using Marketplace.Release.EnvironmentVariables;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>
/// Where a CI checked the repository out (GitHub's workspace, Bitbucket's clone directory), handed to the release
/// session: the first that holds the manifest is the workspace its paths must stay inside. Read whichever host runs,
/// so a manifest inside the checkout may name files beside its own folder in a plain <c>run:</c> step too.
/// </summary>
internal static class CheckoutFolders
{
    public static IReadOnlyList<string> Read(IEnvironmentReader environment) =>
        [.. new[] { GitHubActionsHost.WorkspaceVariable, BitbucketHost.CloneDirVariable }
            .Select(variable => HostValues.NonEmpty(environment.Get(variable)))
            .OfType<string>()];
}
