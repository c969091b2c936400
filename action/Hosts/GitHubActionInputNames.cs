using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>
/// The settings as a workflow gives them to the container Action: the inputs of action.yml, and GitHub's own debug
/// logging (which sets <c>RUNNER_DEBUG</c>, read by <see cref="GitHubActionsHost"/>). The Action has no input for
/// <c>init</c> or for not waiting; those fall back to the command line's flags, the only way to reach them there.
/// </summary>
internal sealed class GitHubActionInputNames : ISettingNames
{
    public static readonly GitHubActionInputNames Instance = new();

    public string ValidateCommand => "'marketplace-release validate'";

    public string? this[Setting setting] => setting switch
    {
        Setting.BaseUrl => "the base-url input",
        Setting.User => "the user input",
        Setting.ApiToken => "the api-token input",
        Setting.GitHubToken => "the github-token input, default ${{ github.token }}",
        Setting.Timeout => "the timeout input",
        Setting.Debug => "debug logging (Re-run jobs, Enable debug logging)",
        Setting.DryRun => "the dry-run input",
        Setting.DetailedExitCode => "the detailed-exitcode input",
        _ => CliSettingNames.Instance[setting],
    };
}
