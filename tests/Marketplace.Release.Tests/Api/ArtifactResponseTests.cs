using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Tests.Api;

[TestFixture]
internal sealed class ArtifactResponseTests
{
    [TestCase("/rest/3/artifacts/abc-123", "abc-123")]
    [TestCase("https://api.atlassian.com/marketplace/rest/3/artifacts/abc-123", "abc-123")]
    [TestCase("/rest/3/artifacts/abc-123/", "abc-123")]
    [TestCase("/rest/3/artifacts/abc-123?x=1", "abc-123")]
    public void The_artifact_id_is_the_last_segment_of_the_self_link(string href, string id)
    {
        var response = new ArtifactResponse(null, new ArtifactLinks(new Link(href), null, null), null, null, null);

        Assert.That(response.ArtifactId, Is.EqualTo(id));
    }

    [Test]
    public void Without_a_self_link_there_is_no_id() =>
        Assert.That(new ArtifactResponse(null, null, null, null, null).ArtifactId, Is.Null);
}
