namespace Marketplace.Release.Versions;

/// <summary>
/// The fields of an existing version that a release may change by one <c>PUT …/versions/{build}</c> (docs/marketplace-api.md § Compatibility updates); any
/// other difference is a conflict. Named in change lines by their manifest key.
/// </summary>
internal enum EditableField
{
    Compatibility,
    Supported,
    Beta,
    ReleaseSummary,
    ReleaseNotes,
}
