using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class CloudMigrationStepTests
{
    private static readonly ReleaseState Product = StepFixture.Resolved with { Product = new ResolvedProduct("product-7", "Timesheets") };

    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp()
    {
        fixture = new StepFixture();
        fixture.Plan = fixture.Plan with { DeveloperId = "dev-1", CloudMigration = new CloudMigrationSpec { MigrationDocumentation = "https://example.com/migrate" } };
    }

    [Test]
    public async Task Without_a_record_creates_one()
    {
        var (decision, run) = await fixture.ActAsync(new CloudMigrationStep(), Product);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Change));
        Assert.That(decision.Text, Does.StartWith("create the Cloud migration record ("));
        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "PUT migration product-7" }));
        Assert.That(fixture.Api.Migration?.MigrationDocumentation, Is.EqualTo("https://example.com/migrate"));
        Assert.That(run.Summary, Is.EqualTo("Cloud migration record created"));
    }

    [Test]
    public async Task Skips_a_record_that_shows_the_manifest()
    {
        await fixture.ActAsync(new CloudMigrationStep(), Product);
        fixture.Api.Calls.Clear();

        var decision = await fixture.DecideAsync(new CloudMigrationStep(), Product);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("the Cloud migration record already shows the manifest's cloudMigration"));
        Assert.That(fixture.Api.Writes, Is.Empty);
    }

    [Test]
    public async Task A_differing_field_of_a_live_record_is_patched()
    {
        await fixture.ActAsync(new CloudMigrationStep(), Product);
        fixture.Api.Migration = fixture.Api.Migration! with { MigrationDocumentation = "https://example.com/old" };
        fixture.Api.Calls.Clear();

        var (decision, _) = await fixture.ActAsync(new CloudMigrationStep(), Product);

        Assert.That(decision.Text, Does.StartWith("update the Cloud migration record (").And.Contain("migrationDocumentation"));
        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "PATCH migration product-7 /migrationDocumentation" }));
    }
}
