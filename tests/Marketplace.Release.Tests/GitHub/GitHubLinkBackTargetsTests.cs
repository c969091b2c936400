using Marketplace.Release.GitHub;

namespace Marketplace.Release.Tests.GitHub;

/// <summary>Issue 20: with targets, the release body lists every target's version once, whatever order the runs come in.</summary>
[TestFixture]
internal sealed class GitHubLinkBackTargetsTests
{
    private static readonly string Jira10 = GitHubLinkBack.Line("com.example.timesheets 2.1.0 (datacenter)", new Uri("https://example.com/v/200100000"), "jira10");
    private static readonly string Jira11 = GitHubLinkBack.Line("com.example.timesheets 3.1.0 (datacenter)", new Uri("https://example.com/v/300100000"), "jira11");

    [Test]
    public void Each_target_adds_its_own_line_and_a_rerun_adds_none()
    {
        var first = GitHubLinkBack.AddTo("## Notes\n\n- one\n", Jira10)!;
        var both = GitHubLinkBack.AddTo(first, Jira11)!;

        Assert.Multiple(() =>
        {
            Assert.That(both, Is.EqualTo($"## Notes\n\n- one\n\n{Jira10}\n{Jira11}"));
            Assert.That(GitHubLinkBack.AddTo(both, Jira10), Is.Null, "a re-run of jira10 finds its line");
            Assert.That(GitHubLinkBack.AddTo(both, Jira11), Is.Null, "a re-run of jira11 finds its line");
        });
    }

    [Test]
    public void A_target_s_older_line_is_replaced_and_the_other_target_s_line_kept()
    {
        var older = GitHubLinkBack.Line("com.example.timesheets 2.1.0 (datacenter)", new Uri("http://127.0.0.1:1/old"), "jira10");
        var body = $"Notes\n\n{older}\n{Jira11}\n";

        var updated = GitHubLinkBack.AddTo(body, Jira10)!;

        Assert.That(updated, Is.EqualTo($"Notes\n\n{Jira11}\n{Jira10}"));
    }

    [Test]
    public void The_release_notes_taken_from_the_body_leave_every_target_s_line_out()
    {
        Assert.That(GitHubLinkBack.Without($"Notes\n{Jira10}\n{Jira11}"), Is.EqualTo("Notes"));
    }
}
