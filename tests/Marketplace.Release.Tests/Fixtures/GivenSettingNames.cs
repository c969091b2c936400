using Marketplace.Release.Running;

namespace Marketplace.Release.Tests.Fixtures;

/// <summary>A front end's setting names as a test gives them; a setting not given has no name.</summary>
internal sealed class GivenSettingNames(IReadOnlyDictionary<Setting, string> names, string validateCommand = "the-validate-command") : ISettingNames
{
    public string ValidateCommand { get; } = validateCommand;

    public string? this[Setting setting] => names.TryGetValue(setting, out var name) ? name : null;
}
