using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class GitHubLinkBackStepTests
{
    private StepFixture fixture = null!;
    private FakeGitHubReleases gitHub = null!;

    [SetUp]
    public void SetUp()
    {
        gitHub = new FakeGitHubReleases(new GitHubRelease(7, "v1.4.0", "1.4.0", "## What's new", null, []));
        fixture = new StepFixture { GitHub = gitHub };
        fixture.Plan = fixture.Plan with { GitHub = new GitHubSpec("octo-org/timesheets", "v1.4.0", ReleaseNotes: false, Asset: null, LinkBack: true) };
    }

    [TearDown]
    public void TearDown() => gitHub.Dispose();

    [Test]
    public async Task Skips_without_link_back()
    {
        fixture.Plan = fixture.Plan with { GitHub = fixture.Plan.GitHub! with { LinkBack = false } };

        var decision = await fixture.DecideAsync(new GitHubLinkBackStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("github.linkBack is not set"));
        Assert.That(gitHub.Calls, Is.Empty);
    }

    [Test]
    public async Task Adds_one_link_line_to_the_release_body()
    {
        var (decision, _) = await fixture.ActAsync(new GitHubLinkBackStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Change));
        Assert.That(decision.Text, Is.EqualTo("add the Marketplace link to the body of GitHub release v1.4.0 of octo-org/timesheets"));
        Assert.That(gitHub.Calls, Is.EqualTo(new[] { "GET release v1.4.0", "GET release v1.4.0", "PATCH release 7" }));
        Assert.That(gitHub.Release.Body, Does.StartWith("## What's new").And.Contain("marketplace-release:link"));
        Assert.That(fixture.Api.Calls, Is.Empty);
    }

    [Test]
    public async Task A_body_that_already_links_is_left_alone()
    {
        await fixture.ActAsync(new GitHubLinkBackStep(), StepFixture.Resolved);

        var decision = await fixture.DecideAsync(new GitHubLinkBackStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("release v1.4.0 already links to the Marketplace"));
    }

    [Test]
    public async Task Skips_a_private_staging()
    {
        fixture.Plan = fixture.Plan with { Listing = fixture.Plan.Listing with { Public = false } };

        var decision = await fixture.DecideAsync(new GitHubLinkBackStep(), StepFixture.Resolved);

        Assert.That(decision.Text, Is.EqualTo("the version is staged as PRIVATE; the link is added once it is published"));
    }
}
