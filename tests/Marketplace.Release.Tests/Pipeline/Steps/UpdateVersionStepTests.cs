using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class UpdateVersionStepTests
{
    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp() => fixture = new StepFixture();

    [Test]
    public async Task Skips_a_new_version()
    {
        var decision = await fixture.DecideAsync(new UpdateVersionStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("the version is new: create-version sends it whole"));
    }

    [Test]
    public async Task Skips_a_live_version_as_the_manifest_says()
    {
        var live = await fixture.SeedVersionAsync(StepFixture.Resolved);

        var decision = await fixture.DecideAsync(new UpdateVersionStep(), StepFixture.Resolved with { LiveVersion = live });

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("the version's compatibility, support flags and notes are as the manifest says"));
        Assert.That(fixture.Api.Calls, Is.Empty);
    }

    [Test]
    public async Task A_changed_flag_is_one_put_of_the_version_as_read()
    {
        var live = await fixture.SeedVersionAsync(StepFixture.Resolved);
        fixture.Plan = fixture.Plan with { Version = fixture.Plan.Version with { Beta = true } };

        var (decision, run) = await fixture.ActAsync(new UpdateVersionStep(), StepFixture.Resolved with { LiveVersion = live });

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Change));
        Assert.That(decision.Text, Does.StartWith("update version 1.4.0 (build 140): ").And.Contain("beta"));
        Assert.That(fixture.Api.Calls, Is.EqualTo(new[] { "GET version-body 140", "PUT version 140" }));
        Assert.That(fixture.Api.VersionBodies[StepFixture.Build]["beta"]?.GetValue<bool>(), Is.True);
        Assert.That(run.Summary, Does.StartWith("updated "));
    }
}
