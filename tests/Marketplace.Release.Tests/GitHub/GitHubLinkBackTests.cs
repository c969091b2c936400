using Marketplace.Release.GitHub;

namespace Marketplace.Release.Tests.GitHub;

[TestFixture]
internal sealed class GitHubLinkBackTests
{
    private static readonly string Line = GitHubLinkBack.Line("com.example.timesheets 1.4.0 (datacenter)", new Uri("https://marketplace.atlassian.com/plugins/com.example.timesheets"));

    [Test]
    public void The_line_is_added_after_the_body_with_a_blank_line_between()
    {
        Assert.That(GitHubLinkBack.AddTo("## Notes\n\n- one\n\n", Line), Is.EqualTo($"## Notes\n\n- one\n\n{Line}"));
    }

    [Test]
    public void An_empty_body_becomes_the_line()
    {
        Assert.That(GitHubLinkBack.AddTo(string.Empty, Line), Is.EqualTo(Line));
    }

    [Test]
    public void A_body_that_holds_the_line_is_left_alone()
    {
        var body = GitHubLinkBack.AddTo("Notes\r\nmore", Line)!;

        Assert.That(GitHubLinkBack.AddTo(body, Line), Is.Null);
    }

    [Test]
    public void An_older_line_is_replaced_never_kept_beside_the_new_one()
    {
        var older = GitHubLinkBack.Line("com.example.timesheets 1.4.0 (datacenter)", new Uri("http://127.0.0.1:1/old"));
        var body = $"Notes\n\n{older}\n";

        var updated = GitHubLinkBack.AddTo(body, Line)!;

        Assert.That(updated, Is.EqualTo($"Notes\n\n{Line}"));
        Assert.That(updated.Split(GitHubLinkBack.Marker).Length - 1, Is.EqualTo(1));
    }

    [Test]
    public void Without_removes_only_the_marked_line()
    {
        Assert.That(GitHubLinkBack.Without($"a\n{Line}\nb"), Is.EqualTo("a\nb"));
    }
}
