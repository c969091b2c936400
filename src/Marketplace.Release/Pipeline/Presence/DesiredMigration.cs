using Marketplace.Release.Api.Models;
using Marketplace.Release.Manifest;

namespace Marketplace.Release.Pipeline.Presence;

/// <summary>
/// The Cloud migration record the manifest asks for: the live one with the <c>cloudMigration:</c> section's values put
/// in (<c>assistantCompatibility</c> → <c>cloudMigrationAssistantCompatibility</c>, <c>migrationPath</c> in its wire
/// form), or, when no record exists, a new one of the product's developer and app name.
/// </summary>
internal static class DesiredMigration
{
    /// <summary>The fields the section manages, by manifest name.</summary>
    public static readonly IReadOnlyList<PresenceField<MigrationInfo>> Fields =
    [
        new("cloudMigration.assistantCompatibility", record => record.CloudMigrationAssistantCompatibility),
        new("cloudMigration.migrationPath", record => record.MigrationPath),
        new("cloudMigration.migrationDocumentation", record => record.MigrationDocumentation),
        new("cloudMigration.featureDifferenceDocumentation", record => record.FeatureDifferenceDocumentation),
    ];

    /// <summary>
    /// The desired record. Without a live one it is a new record: the reference's create needs <c>developerId</c> and
    /// <c>addonName</c> ("all fields are optional except developerId and addonName"), and never carries productId or addonKey.
    /// </summary>
    public static MigrationInfo Apply(CloudMigrationSpec spec, MigrationInfo? live, string developerId, string addonName)
    {
        var record = live ?? new MigrationInfo { DeveloperId = developerId, AddonName = addonName };
        return record with
        {
            CloudMigrationAssistantCompatibility = spec.AssistantCompatibility ?? record.CloudMigrationAssistantCompatibility,
            MigrationPath = spec.MigrationPath?.ToWire() ?? record.MigrationPath,
            MigrationDocumentation = spec.MigrationDocumentation ?? record.MigrationDocumentation,
            FeatureDifferenceDocumentation = spec.FeatureDifferenceDocumentation ?? record.FeatureDifferenceDocumentation,
        };
    }

    /// <summary>What differs; against no record at all, every field the section sets.</summary>
    public static IReadOnlyList<FieldDifference> Differences(MigrationInfo? live, MigrationInfo desired) =>
        [.. Fields.Select(field => field.Between(live ?? new MigrationInfo(), desired)).OfType<FieldDifference>()];
}
