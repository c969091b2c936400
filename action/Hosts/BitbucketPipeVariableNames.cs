using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>
/// The settings as a Bitbucket pipe gives them: the variables of pipe.yml. The pipe has no variable for HTTP logging,
/// <c>init</c> or not waiting; those fall back to the command line's flags, the only way to reach them there.
/// </summary>
internal sealed class BitbucketPipeVariableNames : ISettingNames
{
    public static readonly BitbucketPipeVariableNames Instance = new();

    public string ValidateCommand => "'marketplace-release validate'";

    public string? this[Setting setting] => setting switch
    {
        Setting.BaseUrl => "BASE_URL",
        Setting.Timeout => "TIMEOUT",
        Setting.Debug => null,
        Setting.DryRun => "DRY_RUN=true",
        Setting.DetailedExitCode => "DETAILED_EXITCODE",
        _ => CliSettingNames.Instance[setting],
    };
}
