using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Tests.Api;

[TestFixture]
internal sealed class MigrationPatchTests
{
    private static readonly MigrationInfo Live = new()
    {
        ProductId = "p-1",
        AddonKey = "com.example.timesheets",
        DeveloperId = "d-1",
        AddonName = "Timesheets",
        MigrationPath = "UNKNOWN",
        OtherFields = new() { ["isDualLicenseOptedIn"] = System.Text.Json.JsonDocument.Parse("true").RootElement.Clone() },
    };

    [Test]
    public void Present_fields_are_replaced_absent_ones_added_equal_ones_left_out()
    {
        var desired = Live with { MigrationPath = "INSTALL_ONLY", CloudMigrationAssistantCompatibility = "1.4.0" };

        var patch = MigrationPatch.Between(Live, desired);

        Assert.That(patch.Select(op => $"{op.Op} {op.Path} {op.Value!.ToJsonString()}"), Is.EquivalentTo(new[]
        {
            "Replace /migrationPath \"INSTALL_ONLY\"",
            "Add /cloudMigrationAssistantCompatibility \"1.4.0\"",
        }));
    }

    [Test]
    public void An_equal_record_needs_no_patch_and_nothing_is_removed() =>
        Assert.That(MigrationPatch.Between(Live, Live with { OtherFields = null, CloudMigrationAssistantCompatibility = null }), Is.Empty);

    [Test]
    public void The_wire_form_of_the_operations_is_RFC_6902()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(
            MigrationPatch.Between(Live, Live with { MigrationPath = "MANUAL" }), MarketplaceJsonContext.Default.IReadOnlyListJsonPatchOperation);

        Assert.That(json, Is.EqualTo("""[{"op":"replace","path":"/migrationPath","value":"MANUAL"}]"""));
    }
}
