using Marketplace.Release.Failures;
using Marketplace.Release.GitHub;

namespace Marketplace.Release.Tests.GitHub;

[TestFixture]
internal sealed class GitHubReleaseNotesTests
{
    [Test]
    public void Markdown_is_kept_as_written()
    {
        const string body = "## Added\n\n- **Bold** item with [a link](https://example.com/x?y=1)\n  - nested\n\n```yaml\nkey: value\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |";

        Assert.That(GitHubReleaseNotes.FromBody(body, "v1"), Is.EqualTo(body));
    }

    [Test]
    public void Html_comments_windows_line_ends_blank_runs_and_the_link_back_are_removed()
    {
        var body = "<!-- Release notes generated using configuration in .github/release.yml -->\r\n## What's Changed\r\n\r\n\r\n\r\n* Fix by @octocat\r\n\r\n"
            + GitHubLinkBack.Line("x 1.0 (cloud)", new Uri("https://example.com")) + "\r\n";

        Assert.That(GitHubReleaseNotes.FromBody(body, "v1"), Is.EqualTo("## What's Changed\n\n* Fix by @octocat"));
    }

    [Test]
    public void An_empty_body_gives_no_notes()
    {
        Assert.That(GitHubReleaseNotes.FromBody(" \n<!-- only a comment -->\n", "v1"), Is.Null);
    }

    [Test]
    public void A_body_over_the_limit_is_refused_with_exit_2_and_the_fix()
    {
        var error = Assert.Throws<ReleaseFailedException>(() => GitHubReleaseNotes.FromBody(new string('a', 65537), "v1.4.0"))!;

        Assert.That(error.Failure.ExitCode, Is.EqualTo(2));
        Assert.That(error.Failure.Line, Does.Contain("GitHub release v1.4.0 is 65537 characters").And.Contain("version.releaseNotes"));
    }
}
