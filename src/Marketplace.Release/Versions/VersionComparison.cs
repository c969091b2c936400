using Marketplace.Release.Api.Models;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Versions;

/// <summary>
/// How a live version differs from the manifest, split as docs/marketplace-api.md § Compatibility updates splits it: the <see cref="Edits"/> one version PUT
/// can make, and the <see cref="Conflicts"/> it cannot (artifact, framework, version number, payment model, licence),
/// each as "field (live X, manifest Y)". The artifact is compared elsewhere, by checksum.
/// </summary>
internal sealed record VersionComparison(IReadOnlyList<VersionEdit> Edits, IReadOnlyList<string> Conflicts)
{
    public static VersionComparison Of(VersionCreateRequest desired, VersionResponse live)
    {
        // The conflicts are what is left once the editable fields are made equal: DesiredVersion.Differences stays
        // the one comparison of every field.
        var summary = desired.Changelog?.ReleaseSummary ?? live.Changelog?.ReleaseSummary;
        var notes = desired.Changelog?.ReleaseNotes ?? live.Changelog?.ReleaseNotes;
        var alike = live with
        {
            Compatibilities = desired.Compatibilities,
            Supported = desired.Supported,
            Beta = desired.Beta,
            Changelog = summary is null && notes is null ? null : new Changelog(summary, notes),
        };
        var conflicts = DesiredVersion.Differences(desired, alike);

        var edits = new List<VersionEdit>();
        edits.AddRange(CompatibilityEdits(desired.Compatibilities, live.Compatibilities ?? []));
        AddIfDifferent(edits, EditableField.Supported, live.Supported?.ToString().ToLowerInvariant(), desired.Supported.ToString().ToLowerInvariant());
        AddIfDifferent(edits, EditableField.Beta, live.Beta?.ToString().ToLowerInvariant(), desired.Beta.ToString().ToLowerInvariant());
        if (desired.Changelog?.ReleaseSummary is { } wantedSummary)
        {
            AddIfDifferent(edits, EditableField.ReleaseSummary, live.Changelog?.ReleaseSummary, wantedSummary);
        }

        if (desired.Changelog?.ReleaseNotes is { } wantedNotes)
        {
            AddIfDifferent(edits, EditableField.ReleaseNotes, live.Changelog?.ReleaseNotes, wantedNotes);
        }

        return new VersionComparison(edits, conflicts);
    }

    /// <summary>Per product, in the manifest's order and then the live-only ones: a range that differs, is added or is dropped.</summary>
    private static IEnumerable<VersionEdit> CompatibilityEdits(IReadOnlyList<Compatibility> wanted, IReadOnlyList<Compatibility> live)
    {
        var products = wanted.Select(range => range.ParentSoftwareId)
            .Concat(live.Select(range => range.ParentSoftwareId))
            .Distinct(StringComparer.Ordinal);
        foreach (var product in products)
        {
            var liveRange = live.FirstOrDefault(range => range.ParentSoftwareId == product);
            var wantedRange = wanted.FirstOrDefault(range => range.ParentSoftwareId == product);
            if (liveRange != wantedRange)
            {
                yield return VersionEdit.Range(product, liveRange, wantedRange);
            }
        }
    }

    private static void AddIfDifferent(List<VersionEdit> edits, EditableField field, string? live, string wanted)
    {
        if (!string.Equals(DesiredVersion.Normalize(live), DesiredVersion.Normalize(wanted), StringComparison.Ordinal))
        {
            edits.Add(VersionEdit.Value(field, live, wanted));
        }
    }
}
