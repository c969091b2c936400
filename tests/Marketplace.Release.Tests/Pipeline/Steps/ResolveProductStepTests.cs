using Marketplace.Release.Api.Models;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class ResolveProductStepTests
{
    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp() => fixture = new StepFixture();

    [Test]
    public void Has_no_place_in_a_plan_without_presence_sections()
    {
        Assert.That(new ResolveProductStep().AppliesTo(fixture.Plan), Is.False);
        Assert.That(new ResolveProductStep().AppliesTo(fixture.Plan with { CloudMigration = new CloudMigrationSpec() }), Is.True);
    }

    [Test]
    public async Task Is_a_read_that_finds_the_product_id_in_the_developer_space()
    {
        fixture.Plan = fixture.Plan with { DeveloperId = "dev-1" };
        fixture.Api.DeveloperListing = new DeveloperListing("product-7", "com.example.timesheets", "Timesheets", "PUBLIC");

        var (decision, run) = await fixture.ActAsync(new ResolveProductStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Read));
        Assert.That(run.State.Product, Is.EqualTo(new ResolvedProduct("product-7", "Timesheets")));
        Assert.That(fixture.Api.Calls, Is.EqualTo(new[] { "GET developer-listings dev-1" }));
    }

    [Test]
    public void A_developer_space_without_the_app_fails_before_anything_is_written()
    {
        fixture.Plan = fixture.Plan with { DeveloperId = "dev-1" };

        var error = Assert.ThrowsAsync<ReleaseFailedException>(() => fixture.ActAsync(new ResolveProductStep(), StepFixture.Resolved));

        Assert.That(error!.Message, Does.Contain("developer space dev-1 lists no app with the key 'com.example.timesheets'"));
        Assert.That(fixture.Api.Writes, Is.Empty);
    }
}
