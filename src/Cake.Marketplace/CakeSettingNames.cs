using Marketplace.Release.Running;

namespace Cake.Marketplace;

/// <summary>
/// The settings as a Cake script gives them: the properties of <see cref="MarketplaceSettings"/>. Cake has no HTTP
/// logging and no <c>init</c>; a fix that would name them names none.
/// </summary>
internal sealed class CakeSettingNames : ISettingNames
{
    public static readonly CakeSettingNames Instance = new();

    public string ValidateCommand => "MarketplaceValidate";

    public string? this[Setting setting] => setting switch
    {
        Setting.BaseUrl => Property(nameof(MarketplaceSettings.BaseUrl)),
        Setting.User => Property(nameof(MarketplaceSettings.User)),
        Setting.ApiToken => Property(nameof(MarketplaceSettings.ApiToken)),
        Setting.Timeout => Property(nameof(MarketplaceSettings.WaitTimeout)),
        Setting.NoWait => Property(nameof(MarketplaceSettings.NoWait)),
        Setting.DryRun => Property(nameof(MarketplaceSettings.DryRun)),
        Setting.DetailedExitCode => Property(nameof(MarketplaceSettings.DetailedExitCode)),
        _ => null,
    };

    private static string Property(string name) => $"{nameof(MarketplaceSettings)}.{name}";
}
