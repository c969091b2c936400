using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class UploadArtifactStepTests
{
    private StepFixture fixture = null!;
    private string folder = null!;

    [SetUp]
    public void SetUp()
    {
        fixture = new StepFixture();
        folder = Path.Join(Path.GetTempPath(), "upload-artifact-step-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Skips_when_the_version_exists()
    {
        var live = await fixture.SeedVersionAsync(StepFixture.Resolved);

        var decision = await fixture.DecideAsync(Step(), StepFixture.Resolved with { LiveVersion = live });

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("the version exists"));
    }

    [Test]
    public async Task Uploads_the_local_file_as_the_versions_artifact()
    {
        var jar = Path.Join(folder, "timesheets-1.4.0.jar");
        File.WriteAllBytes(jar, new byte[2048]);
        WithArtifact(new ArtifactSource(jar, null));

        var (decision, run) = await fixture.ActAsync(Step(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Change));
        Assert.That(decision.Text, Does.StartWith("upload timesheets-1.4.0.jar ("));
        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "POST artifact timesheets-1.4.0.jar" }));
        Assert.That(run.State.Artifact?.Id, Is.EqualTo("artifact-1"));
        Assert.That(run.State.Artifact?.Ready, Is.False);
    }

    [Test]
    public async Task An_artifact_by_url_is_fetched_by_the_Marketplace()
    {
        WithArtifact(new ArtifactSource(null, new Uri("https://example.com/timesheets-1.4.0.jar")));

        var (decision, run) = await fixture.ActAsync(Step(), StepFixture.Resolved);

        Assert.That(decision.Text, Is.EqualTo("ask the Marketplace to fetch https://example.com/timesheets-1.4.0.jar"));
        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "POST artifact https://example.com/timesheets-1.4.0.jar" }));
        Assert.That(run.State.Artifact?.Id, Is.EqualTo("artifact-1"));
    }

    private UploadArtifactStep Step() => new(new ArtifactStateStore(Path.Join(folder, "state")));

    private void WithArtifact(ArtifactSource artifact) =>
        fixture.Plan = fixture.Plan with { Version = fixture.Plan.Version with { Artifact = artifact } };
}
