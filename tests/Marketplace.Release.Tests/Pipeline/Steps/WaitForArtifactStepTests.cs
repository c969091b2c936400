using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Pipeline.Steps;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class WaitForArtifactStepTests
{
    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp() => fixture = new StepFixture();

    [Test]
    public async Task Skips_when_there_is_no_artifact()
    {
        var decision = await fixture.DecideAsync(new WaitForArtifactStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("no artifact to wait for"));
    }

    [Test]
    public async Task Skips_when_the_artifact_is_already_ready()
    {
        var decision = await fixture.DecideAsync(new WaitForArtifactStep(), StepFixture.Resolved with { Artifact = new UsedArtifact("artifact-9", Ready: true) });

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("the version already uses its artifact"));
        Assert.That(fixture.Api.Calls, Is.Empty);
    }

    [Test]
    public async Task A_processed_artifact_is_read_once_and_marked_ready()
    {
        fixture.Api.Artifacts["artifact-9"] = FakeMarketplaceApi.Artifact("artifact-9");

        var (decision, run) = await fixture.ActAsync(new WaitForArtifactStep(), StepFixture.Resolved with { Artifact = new UsedArtifact("artifact-9", Ready: false) });

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Read));
        Assert.That(fixture.Api.Calls, Is.EqualTo(new[] { "GET artifact artifact-9" }));
        Assert.That(run.State.Artifact, Is.EqualTo(new UsedArtifact("artifact-9", Ready: true)));
        Assert.That(run.Summary, Does.StartWith("artifact artifact-9 processed after 0 ms (1 look)"));
    }

    [Test]
    public void An_artifact_the_Marketplace_could_not_process_fails_with_its_reason()
    {
        fixture.Api.Artifacts["artifact-9"] = FakeMarketplaceApi.Artifact("artifact-9", status: "FAILED");

        var error = Assert.ThrowsAsync<ReleaseFailedException>(() => fixture.ActAsync(new WaitForArtifactStep(), StepFixture.Resolved with { Artifact = new UsedArtifact("artifact-9", Ready: false) }));

        Assert.That(error!.Message, Does.Contain("could not process artifact artifact-9: FAILED"));
    }
}
