using Marketplace.Release.Api;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Running;

namespace Marketplace.Release.Tests.Running;

[TestFixture]
internal sealed class ConnectionReaderTests
{
    private static readonly ReleaseRequest Request = new() { WorkingDirectory = "/" };

    [TestCase("http://127.0.0.1:5000/marketplace")]
    [TestCase("http://localhost:5000/marketplace")]
    [TestCase("http://[::1]:5000/marketplace")]
    [TestCase("https://api.atlassian.com/marketplace")]
    public void Accepts_https_and_plain_http_to_loopback(string url) =>
        Assert.That(BaseUrlPolicy.Check(url, ReleaseVariables.BaseUrl, out _), Is.Not.Null);

    [TestCase("http://api.atlassian.com/marketplace", "plain http")]
    [TestCase("http://10.0.0.5/marketplace", "plain http")]
    [TestCase("ftp://example.com", "not an http(s) URL")]
    [TestCase("https://user:secret@example.com/marketplace", "must not hold credentials")]
    public void Refuses_plain_http_elsewhere_and_credentials_in_the_url(string url, string expected)
    {
        Assert.That(BaseUrlPolicy.Check(url, ReleaseVariables.BaseUrl, out var problem), Is.Null);
        Assert.That(problem!.Line, Does.Contain(expected).And.Contain("Fix:"));
        Assert.That(problem.Line, Does.Not.Contain("secret"));
    }

    [Test]
    public void Missing_credentials_name_the_variables_and_never_echo_a_value()
    {
        var environment = new DictionaryEnvironment(new Dictionary<string, string?> { ["MARKETPLACE_API_TOKEN"] = "tok-123" });

        var connection = ConnectionReader.Read(environment, Request, out var problem);

        Assert.That(connection, Is.Null);
        Assert.That(problem!.Line, Does.Contain("MARKETPLACE_USER not set").And.Contain("nothing was sent"));
        Assert.That(problem.Line, Does.Not.Contain("tok-123"));
    }

    [Test]
    public void The_base_url_defaults_to_the_live_api()
    {
        var environment = new DictionaryEnvironment(new Dictionary<string, string?> { ["MARKETPLACE_USER"] = "a@b.c", ["MARKETPLACE_API_TOKEN"] = "t" });

        var connection = ConnectionReader.Read(environment, Request, out _);

        Assert.That(connection!.BaseUrl, Is.EqualTo(new Uri("https://api.atlassian.com/marketplace")));
        Assert.That(connection.ToString(), Does.Not.Contain("t@").And.Not.EndWith(":t"));
    }

    [Test]
    public void A_refused_base_url_names_the_override_it_came_from_not_the_variable_it_overrode()
    {
        var environment = new DictionaryEnvironment(new Dictionary<string, string?>
        {
            ["MARKETPLACE_USER"] = "a@b.c",
            ["MARKETPLACE_API_TOKEN"] = "t",
            ["MARKETPLACE_BASE_URL"] = "http://127.0.0.1:5000/marketplace",
        });

        ConnectionReader.Read(environment, Request with { BaseUrl = new("http://10.0.0.5/marketplace", "--base-url") }, out var problem);

        Assert.That(problem!.Line, Does.StartWith("--base-url 'http://10.0.0.5/marketplace' uses plain http").And.Not.Contain("MARKETPLACE_BASE_URL"));
    }
}
