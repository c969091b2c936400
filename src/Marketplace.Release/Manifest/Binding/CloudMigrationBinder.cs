using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>Reads the optional <c>cloudMigration:</c> section (docs/marketplace-api.md § Presence sections).</summary>
internal sealed class CloudMigrationBinder(ValueReader reader)
{
    public CloudMigrationSpec? Bind(SectionView top)
    {
        var section = reader.Section(top["cloudMigration"], "cloudMigration", ManifestVocabulary.CloudMigration, top.KeyPosition("cloudMigration"));
        if (section is null)
        {
            if (top["cloudMigration"] is ScalarNode { IsNull: true } empty)
            {
                reader.Report(empty.Start, "cloudMigration is empty; give assistantCompatibility, migrationPath, migrationDocumentation or featureDifferenceDocumentation below it, or remove it");
            }

            return null;
        }

        var compatibility = reader.Text(section, "assistantCompatibility");
        if (compatibility is not null && !VersionNumbers.IsVersion(compatibility))
        {
            reader.Report(section["assistantCompatibility"]!.Start, $"cloudMigration.assistantCompatibility '{compatibility}' is not a version number; give the app version the Cloud Migration Assistant supports, e.g. ${{VERSION}} or 1.4.0");
            compatibility = null;
        }

        var path = reader.Choice(section["migrationPath"], "cloudMigration.migrationPath", MigrationPathNames.ManifestValues);
        return new CloudMigrationSpec
        {
            AssistantCompatibility = compatibility,
            MigrationPath = path is null ? null : MigrationPathNames.FromManifest(path),
            MigrationDocumentation = reader.WebLink(section, "migrationDocumentation"),
            FeatureDifferenceDocumentation = reader.WebLink(section, "featureDifferenceDocumentation"),
        };
    }
}
