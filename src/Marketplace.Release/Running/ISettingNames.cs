namespace Marketplace.Release.Running;

/// <summary>
/// What one front end calls the settings of a release (docs/architecture.md: the engine knows no front end). The
/// front end hands its names to the session with its <see cref="ReleaseRequest"/>; every message that tells a user
/// what to set reads them from here, so a Cake user is never told to pass a CLI flag.
/// </summary>
public interface ISettingNames
{
    /// <summary>Names in no front end's words, for a release run without one (the engine's own tests).</summary>
    static ISettingNames Neutral => NeutralSettingNames.Instance;

    /// <summary>The setting as this front end's user writes it, ready to follow "set" or "with"; null when this front end has none.</summary>
    string? this[Setting setting] { get; }

    /// <summary>How this front end's user checks a manifest offline, e.g. <c>'marketplace-release validate'</c>.</summary>
    string ValidateCommand { get; }
}
