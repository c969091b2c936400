namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// The developer id the presence sections need (docs/marketplace-api.md § Presence sections): <c>app.developerId</c>, else <c>MARKETPLACE_DEVELOPER_ID</c>.
/// Developer ids are UUIDs (every developerId of the Postman collection is one).
/// </summary>
internal static class DeveloperIds
{
    public static bool IsDeveloperId(string text) => Guid.TryParseExact(text, "D", out _);

    /// <summary>
    /// The resolved developer id, reporting at the first presence section when one is present and no usable id is
    /// known. <paramref name="fromManifest"/> is the already checked <c>app.developerId</c>.
    /// </summary>
    public static string? Resolve(ValueReader reader, SectionView top, string? fromManifest, string? fromEnvironment)
    {
        if (fromManifest is not null)
        {
            return fromManifest;
        }

        var environmentId = string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment.Trim();
        var usable = environmentId is not null && IsDeveloperId(environmentId) ? environmentId : null;
        var needing = ManifestVocabulary.PresenceSections.Append("gates").Where(top.Has).OrderBy(section => top.KeyPosition(section).Index).FirstOrDefault();
        if (needing is null || usable is not null || AppGivesDeveloperId(top))
        {
            return usable;
        }

        var why = environmentId is null
            ? $"neither app.developerId nor {ManifestVocabulary.DeveloperIdVariable} is set"
            : $"{ManifestVocabulary.DeveloperIdVariable} is not a developer id (a UUID)";
        var purpose = needing == "gates" ? "to read the app's installs from the Reporting API" : "to find the app's productId";
        reader.Report(top.KeyPosition(needing), $"{needing} needs the developer id {purpose}, but {why}; add app.developerId: <your developer id, a UUID> or set the environment variable {ManifestVocabulary.DeveloperIdVariable}");
        return null;
    }

    /// <summary>An app.developerId that was given but is invalid is reported already; no second message.</summary>
    private static bool AppGivesDeveloperId(SectionView top) =>
        top["app"] is Yaml.MappingNode app && app.Entries.Any(entry => entry.Key.Value == "developerId");
}
