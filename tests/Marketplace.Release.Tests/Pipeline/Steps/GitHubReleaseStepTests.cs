using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Failures;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.Steps;
using Marketplace.Release.Running;

namespace Marketplace.Release.Tests.Pipeline.Steps;

/// <summary>github-release is a read (it never skips): it takes what the GitHub release supplies into the state.</summary>
[TestFixture]
internal sealed class GitHubReleaseStepTests
{
    private StepFixture fixture = null!;
    private FakeGitHubReleases gitHub = null!;

    [SetUp]
    public void SetUp()
    {
        gitHub = new FakeGitHubReleases(new GitHubRelease(7, "v1.4.0", "1.4.0", "## What's new\n\n- Faster export", null, []));
        fixture = new StepFixture { GitHub = gitHub };
        fixture.Plan = fixture.Plan with { GitHub = new GitHubSpec("octo-org/timesheets", "v1.4.0", ReleaseNotes: true, Asset: null, LinkBack: false) };
    }

    [TearDown]
    public void TearDown() => gitHub.Dispose();

    [Test]
    public void Has_no_place_without_a_github_section()
    {
        Assert.That(new GitHubReleaseStep().AppliesTo(fixture.Plan with { GitHub = null }), Is.False);
    }

    [Test]
    public async Task Takes_the_release_notes_from_the_body()
    {
        var (decision, run) = await fixture.ActAsync(new GitHubReleaseStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Read));
        Assert.That(run.State.GitHub?.ReleaseNotes, Is.EqualTo("## What's new\n\n- Faster export"));
        Assert.That(gitHub.Calls, Is.EqualTo(new[] { "GET release v1.4.0" }));
        Assert.That(fixture.Api.Calls, Is.Empty);
    }

    [Test]
    public void Without_a_repository_the_run_and_the_session_fail_alike_with_the_fix()
    {
        fixture.Plan = fixture.Plan with { GitHub = fixture.Plan.GitHub! with { Repository = null } };

        var failed = Assert.ThrowsAsync<ReleaseFailedException>(() => fixture.ActAsync(new GitHubReleaseStep(), StepFixture.Resolved));
        GitHubSettings.Read(new DictionaryEnvironment(new Dictionary<string, string?> { ["GITHUB_TOKEN"] = "t" }), fixture.Plan, NeutralSettingNames.Instance, out var problem);

        Assert.Multiple(() =>
        {
            Assert.That(failed!.Failure.Kind, Is.EqualTo(FailureKind.InvalidInput));
            Assert.That(failed.Failure.Fix, Is.EqualTo("give github.repository: owner/name in the manifest, or set GITHUB_REPOSITORY"));
            Assert.That(problem?.Line, Is.EqualTo($"{failed.Failure.Line}; nothing was sent"));
            Assert.That(gitHub.Calls, Is.Empty);
        });
    }

    [Test]
    public async Task An_empty_body_gives_no_notes_and_a_warning()
    {
        gitHub = new FakeGitHubReleases(new GitHubRelease(7, "v1.4.0", "1.4.0", string.Empty, null, []));
        fixture.GitHub = gitHub;

        var (_, run) = await fixture.ActAsync(new GitHubReleaseStep(), StepFixture.Resolved);

        Assert.That(run.State.GitHub?.ReleaseNotes, Is.Null);
        Assert.That(run.Summary, Does.Contain("no release notes (empty body)"));
    }
}
