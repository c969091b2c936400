namespace Marketplace.Release.Running;

/// <summary>The settings in plain words, for a release no front end started.</summary>
internal sealed class NeutralSettingNames : ISettingNames
{
    public static readonly NeutralSettingNames Instance = new();

    public string ValidateCommand => "the validate command";

    public string? this[Setting setting] => setting switch
    {
        Setting.BaseUrl => "the base URL setting",
        Setting.Timeout => "the artifact wait timeout",
        Setting.NoWait => "the no-wait setting",
        Setting.Debug => "the debug setting",
        Setting.DryRun => "the dry-run setting",
        Setting.DetailedExitCode => "the detailed exit code setting",
        Setting.AppKey => "the app key",
        Setting.Hosting => "the hosting",
        Setting.DeveloperId => "the developer id setting",
        Setting.Output => "the output file",
        _ => null,
    };
}
