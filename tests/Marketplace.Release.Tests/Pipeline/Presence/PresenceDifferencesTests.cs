using System.Text.Json.Nodes;
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
    public void Migration_differences_are_listed_by_manifest_name_in_the_wire_form()
    {
        var spec = new CloudMigrationSpec { AssistantCompatibility = "1.4.0", MigrationPath = MigrationPath.InstallOnly };

        var desired = DesiredMigration.Apply(spec, LiveRecord, "d-1", "ignored");

        Assert.That(desired, Is.EqualTo(LiveRecord with { CloudMigrationAssistantCompatibility = "1.4.0", MigrationPath = "INSTALL_ONLY" }));
        Assert.That(DesiredMigration.Differences(LiveRecord, desired).Select(d => d.Change), Is.EquivalentTo(new[]
        {
            "change cloudMigration.assistantCompatibility: (none) → '1.4.0'",
            "change cloudMigration.migrationPath: 'UNKNOWN' → 'INSTALL_ONLY'",
        }));
    }

    [Test]
    public void An_equal_migration_record_has_no_difference() =>
        Assert.That(DesiredMigration.Differences(LiveRecord, DesiredMigration.Apply(new CloudMigrationSpec { MigrationPath = MigrationPath.Unknown }, LiveRecord, "d-1", "x")), Is.Empty);

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
        var live = JsonNode.Parse("""{"logDetails": {"logEndUserData": true, "logsIntegralForAppFunctionality": false}, "dataResidency": {"countriesWhereEndUserDataStored": ["US"]}}""")!.AsObject();
        var desired = JsonNode.Parse("""{"logDetails": {"logEndUserData": false, "logsIntegralForAppFunctionality": false}, "dataResidency": {"countriesWhereEndUserDataStored": ["US", "EU"]}}""")!.AsObject();

        Assert.That(PrivacyAnswers.Same(live, desired), Is.False);
        Assert.That(PrivacyAnswers.Same(live, (JsonObject)live.DeepClone()), Is.True);
        Assert.That(PrivacyAnswers.Differences(live, desired).Select(d => d.Change), Is.EqualTo(new[]
        {
            "change privacySecurity.commonCloud.logDetails.logEndUserData: true → false",
            "change privacySecurity.commonCloud.dataResidency.countriesWhereEndUserDataStored: [\"US\"] → [\"US\",\"EU\"]",
        }));
        Assert.That(PrivacyAnswers.Differences(null, desired), Has.Count.EqualTo(3), "no live answers: every answer is new");
    }

    [Test]
    public void The_read_only_properties_of_the_live_answers_are_never_compared()
    {
        var desired = JsonNode.Parse("""{"logDetails": {"logEndUserData": true}}""")!.AsObject();
        var live = JsonNode.Parse("""
            {"logDetails": {"logEndUserData": true, "logEUDShareWithThirdParty": null}, "llmModels": null,
             "properties": {"updatedBy": "developer@example.com", "updatedAt": 1642233600000, "formStatus": "APPROVED", "jiraIssueLinks": ["https://jira.atlassian.com/browse/MKPLHELP-12345"]}}
            """)!.AsObject();

        Assert.That(PrivacyAnswers.Same(live, desired), Is.True, "properties, or an answer the live form holds as null, made the answers differ");
        Assert.That(PrivacyAnswers.Differences(live, desired), Is.Empty);
        Assert.That(PrivacyAnswers.Answers(live)!.ContainsKey("properties"), Is.False);
    }
}
