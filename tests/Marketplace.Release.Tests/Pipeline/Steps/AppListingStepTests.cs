using Marketplace.Release.Api.Models;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class AppListingStepTests
{
    private static readonly ReleaseState Product = StepFixture.Resolved with { Product = new ResolvedProduct("product-7", "Timesheets") };

    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp()
    {
        fixture = new StepFixture();
        fixture.Plan = fixture.Plan with { DeveloperId = "dev-1", AppListing = new AppListingSpec { Summary = "Timesheets for every team" } };
        fixture.Api.AppListing = new AppListing { ProductId = "product-7", AppKey = "com.example.timesheets", Summary = "Timesheets for Jira", Revision = 3 };
    }

    [Test]
    public async Task Skips_an_app_listing_that_shows_the_manifest()
    {
        fixture.Api.AppListing = fixture.Api.AppListing! with { Summary = "Timesheets for every team" };

        var decision = await fixture.DecideAsync(new AppListingStep(), Product);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("the app listing already shows the manifest's appListing"));
        Assert.That(fixture.Api.Calls, Is.EqualTo(new[] { "GET product-listing product-7" }));
    }

    [Test]
    public async Task A_changed_summary_is_one_put_of_the_listing_as_read()
    {
        var (decision, run) = await fixture.ActAsync(new AppListingStep(), Product);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Change));
        Assert.That(decision.Text, Does.StartWith("update the app listing (").And.Contain("summary"));
        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "PUT product-listing product-7" }));
        Assert.That(fixture.Api.AppListing?.Summary, Is.EqualTo("Timesheets for every team"));
        Assert.That(fixture.Api.AppListing?.Revision, Is.EqualTo(3));
        Assert.That(run.Summary, Does.StartWith("app listing updated: "));
    }

    [Test]
    public void A_product_without_an_app_listing_fails_naming_the_developer_id_to_check()
    {
        fixture.Api.AppListing = null;

        var error = Assert.ThrowsAsync<ReleaseFailedException>(() => fixture.DecideAsync(new AppListingStep(), Product));

        Assert.That(error!.Message, Does.Contain("product product-7 has no app listing"));
        Assert.That(fixture.Api.Writes, Is.Empty);
    }
}
