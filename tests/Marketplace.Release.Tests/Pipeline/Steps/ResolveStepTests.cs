using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class ResolveStepTests
{
    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp() => fixture = new StepFixture();

    [Test]
    public async Task Is_a_read_that_finds_the_app_software_of_the_hosting()
    {
        fixture.Api.AppSoftware = [new AppSoftware("cloud-1", Hosting.Cloud), new AppSoftware(StepFixture.AppSoftwareId, Hosting.DataCenter)];

        var (decision, run) = await fixture.ActAsync(new ResolveStep(), ReleaseState.Empty);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Read));
        Assert.That(run.State.App?.AppSoftwareId, Is.EqualTo(StepFixture.AppSoftwareId));
        Assert.That(fixture.Api.Calls, Is.EqualTo(new[] { "GET app-software com.example.timesheets datacenter" }));
        Assert.That(fixture.Api.Writes, Is.Empty);
    }

    [Test]
    public async Task Product_versions_become_build_numbers()
    {
        fixture.Api.AppSoftware = [new AppSoftware(StepFixture.AppSoftwareId, Hosting.DataCenter)];
        fixture.Api.ProductBuilds["jira 9.12.0"] = 9120000;
        fixture.Api.ProductBuilds["jira 10.4.1"] = 10040001;
        fixture.Plan = fixture.Plan with
        {
            Version = fixture.Plan.Version with { Compatibility = [new CompatibilitySpec("jira", "9.12.0", null, "10.4.1", null)] },
        };

        var (_, run) = await fixture.ActAsync(new ResolveStep(), ReleaseState.Empty);

        Assert.That(run.State.App?.Compatibilities, Is.EqualTo(new[] { new Compatibility("jira", 9120000, 10040001) }));
        Assert.That(run.Summary, Does.EndWith("compatibility jira 9.12.0–10.4.1"));
    }

    [Test]
    public void An_app_without_the_hosting_fails_naming_the_hostings_it_has()
    {
        fixture.Api.AppSoftware = [new AppSoftware("cloud-1", Hosting.Cloud)];

        var error = Assert.ThrowsAsync<ReleaseFailedException>(() => fixture.ActAsync(new ResolveStep(), ReleaseState.Empty));

        Assert.That(error!.Message, Does.Contain("has no datacenter hosting (it has: cloud)"));
    }
}
