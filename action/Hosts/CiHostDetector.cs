using Marketplace.Release.EnvironmentVariables;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>Picks the host from the environment the CLI finds itself in (as GitVersion's build agents do).</summary>
internal static class CiHostDetector
{
    public static ICiHost Detect(CliContext context)
    {
        var environment = context.Environment;
        if (IsGitHubActions(environment))
        {
            return new GitHubActionsHost(context);
        }

        if (IsBitbucket(environment))
        {
            return new BitbucketHost(context);
        }

        return new ConsoleHost(context);
    }

    private static bool IsGitHubActions(IEnvironmentReader environment) =>
        string.Equals(environment.Get(GitHubActionsHost.DetectVariable), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsBitbucket(IEnvironmentReader environment) =>
        HostValues.NonEmpty(environment.Get(BitbucketHost.CloneDirVariable)) is not null ||
        HostValues.NonEmpty(environment.Get(BitbucketHost.WorkspaceVariable)) is not null;
}
