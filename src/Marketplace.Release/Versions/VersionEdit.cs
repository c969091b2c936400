using System.Globalization;
using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Versions;

/// <summary>
/// One editable difference between the live version and the manifest. A compatibility edit is per product: its
/// ranges are null where the product is not listed (added or dropped).
/// </summary>
internal sealed record VersionEdit(EditableField Field, string? Product, Compatibility? LiveRange, Compatibility? WantedRange, string? LiveValue, string? WantedValue)
{
    public static VersionEdit Range(string product, Compatibility? live, Compatibility? wanted) =>
        new(EditableField.Compatibility, product, live, wanted, null, null);

    public static VersionEdit Value(EditableField field, string? live, string? wanted) =>
        new(field, null, null, null, live, wanted);

    /// <summary>The build numbers this edit shows, for looking their product versions up first.</summary>
    public IEnumerable<(string Product, long Build)> Builds() =>
        new[] { LiveRange, WantedRange }.OfType<Compatibility>()
            .SelectMany(range => new[] { (range.ParentSoftwareId, range.MinBuildNumber), (range.ParentSoftwareId, range.MaxBuildNumber) });

    /// <summary>
    /// The change as a line, e.g. <c>compatibility jira 9.12.0–10.3.3 → 9.12.0–10.4.1</c> (docs/marketplace-api.md § Compatibility updates); a build number
    /// that maps to no product version is shown as <c>build 10040005</c>.
    /// </summary>
    public string Describe(Func<string, long, string?> versionName) => Field switch
    {
        EditableField.Compatibility => $"compatibility {Product} {Show(LiveRange, versionName)} → {Show(WantedRange, versionName)}",
        EditableField.ReleaseNotes => "releaseNotes replaced",
        _ => $"{Key(Field)} {Quote(LiveValue)} → {Quote(WantedValue)}",
    };

    /// <summary>The manifest key of a field.</summary>
    public static string Key(EditableField field) => field switch
    {
        EditableField.Compatibility => "compatibility",
        EditableField.Supported => "supported",
        EditableField.Beta => "beta",
        EditableField.ReleaseSummary => "releaseSummary",
        _ => "releaseNotes",
    };

    private static string Show(Compatibility? range, Func<string, long, string?> versionName)
    {
        if (range is null)
        {
            return "(none)";
        }

        string Bound(long build) => versionName(range.ParentSoftwareId, build) ?? $"build {build.ToString(CultureInfo.InvariantCulture)}";
        return $"{Bound(range.MinBuildNumber)}–{Bound(range.MaxBuildNumber)}";
    }

    private static string Quote(string? value) => value switch
    {
        null => "(none)",
        "true" or "false" => value,
        { Length: > 60 } => $"'{value[..57]}...'",
        _ => $"'{value}'",
    };
}
