using System.Text.Json.Nodes;
using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.Presence;

namespace Marketplace.Release.Tests.Pipeline.Presence;

[TestFixture]
internal sealed class PresenceDifferencesTests
{
    private static readonly MigrationInfo LiveRecord = new()
    {
        ProductId = "p-1",
        AddonKey = "com.example.timesheets",
        DeveloperId = "d-1",
        AddonName = "Timesheets",
        MigrationPath = "UNKNOWN",
    };

    [Test]
    public void A_migration_patch_replaces_present_fields_and_adds_absent_ones()
    {
        var spec = new CloudMigrationSpec { AssistantCompatibility = "1.4.0", MigrationPath = MigrationPath.InstallOnly };
        var desired = DesiredMigration.Apply(spec, LiveRecord, "d-1", "ignored");

        var patch = MigrationPatch.Between(LiveRecord, desired);

        Assert.That(patch.Select(op => $"{op.Op} {op.Path} {op.Value!.ToJsonString()}"), Is.EquivalentTo(new[]
        {
            "Replace /migrationPath \"INSTALL_ONLY\"",
            "Add /cloudMigrationAssistantCompatibility \"1.4.0\"",
        }));
        Assert.That(DesiredMigration.Differences(LiveRecord, desired).Select(d => d.Change), Is.EquivalentTo(new[]
        {
            "change cloudMigration.assistantCompatibility: (none) → '1.4.0'",
            "change cloudMigration.migrationPath: 'UNKNOWN' → 'INSTALL_ONLY'",
        }));
    }

    [Test]
    public void An_equal_migration_record_needs_no_patch()
    {
        var desired = DesiredMigration.Apply(new CloudMigrationSpec { MigrationPath = MigrationPath.Unknown }, LiveRecord, "d-1", "x");

        Assert.That(MigrationPatch.Between(LiveRecord, desired), Is.Empty);
        Assert.That(DesiredMigration.Differences(LiveRecord, desired), Is.Empty);
    }

    [Test]
    public void Without_a_record_a_new_one_names_the_developer_and_app()
    {
        var desired = DesiredMigration.Apply(new CloudMigrationSpec { MigrationPath = MigrationPath.Automated }, null, "d-1", "Timesheets");

        Assert.That(desired, Is.EqualTo(new MigrationInfo { DeveloperId = "d-1", AddonName = "Timesheets", MigrationPath = "AUTOMATED" }));
        Assert.That(DesiredMigration.Differences(null, desired).Select(d => d.Change), Is.EqualTo(new[] { "change cloudMigration.migrationPath: (none) → 'AUTOMATED'" }));
    }

    [Test]
    public void Privacy_answers_are_listed_per_differing_answer()
    {
        var live = JsonNode.Parse("""{"logDetails": {"loggingEnabled": true, "logRetention": "30_DAYS"}, "dataResidency": {"dataResidencyRegions": ["US"]}}""")!.AsObject();
        var desired = JsonNode.Parse("""{"logDetails": {"loggingEnabled": false, "logRetention": "30_DAYS"}, "dataResidency": {"dataResidencyRegions": ["US", "EU"]}}""")!.AsObject();

        Assert.That(PrivacyAnswers.Same(live, desired), Is.False);
        Assert.That(PrivacyAnswers.Same(live, (JsonObject)live.DeepClone()), Is.True);
        Assert.That(PrivacyAnswers.Differences(live, desired).Select(d => d.Change), Is.EqualTo(new[]
        {
            "change privacySecurity.commonCloud.logDetails.loggingEnabled: true → false",
            "change privacySecurity.commonCloud.dataResidency.dataResidencyRegions: [\"US\"] → [\"US\",\"EU\"]",
        }));
        Assert.That(PrivacyAnswers.Differences(null, desired), Has.Count.EqualTo(3), "no live answers: every answer is new");
    }
}
