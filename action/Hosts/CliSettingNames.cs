using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>The settings as a terminal user gives them: the command line's flags (the credentials only as variables).</summary>
internal sealed class CliSettingNames : ISettingNames
{
    public static readonly CliSettingNames Instance = new();

    public string ValidateCommand => "'marketplace-release validate'";

    public string? this[Setting setting] => setting switch
    {
        Setting.BaseUrl => "--base-url",
        Setting.Timeout => "--timeout",
        Setting.NoWait => "--no-wait",
        Setting.Debug => "--debug",
        Setting.DryRun => "--dry-run",
        Setting.DetailedExitCode => "--detailed-exitcode",
        Setting.AppKey => "--app-key",
        Setting.Hosting => "--hosting",
        Setting.DeveloperId => "--developer-id",
        Setting.Output => "--output",
        _ => null,
    };
}
