using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.Release.Api;

namespace Marketplace.Release.Tests.Api;

/// <summary>How <c>--debug</c> shows bodies (docs/marketplace-api.md § Debug output): JSON with secrets masked, anything else as a size.</summary>
[TestFixture]
internal sealed class DebugBodyTests
{
    private const string Token = "ATATT3xFfGF0-secret-api-token";

    [Test]
    public void Members_named_like_credentials_are_masked_and_the_rest_is_shown()
    {
        var shown = new DebugBody([Token]).Json("""{"buildNumber":7,"accessToken":"abc123","nested":{"password":"hunter2","apiKey":"k-1"},"list":[{"clientSecret":"s"}],"name":"Timesheets"}""");

        var json = JsonNode.Parse(shown)!;
        Assert.Multiple(() =>
        {
            Assert.That(json["buildNumber"]!.GetValue<int>(), Is.EqualTo(7));
            Assert.That(json["name"]!.GetValue<string>(), Is.EqualTo("Timesheets"));
            Assert.That(json["accessToken"]!.GetValue<string>(), Is.EqualTo("***"));
            Assert.That(json["nested"]!["password"]!.GetValue<string>(), Is.EqualTo("***"));
            Assert.That(json["nested"]!["apiKey"]!.GetValue<string>(), Is.EqualTo("***"));
            Assert.That(json["list"]![0]!["clientSecret"]!.GetValue<string>(), Is.EqualTo("***"));
            Assert.That(shown, Does.Not.Contain("abc123").And.Not.Contain("hunter2").And.Not.Contain("k-1"));
        });
    }

    [Test]
    public void A_known_secret_is_masked_wherever_it_appears()
    {
        var shown = new DebugBody([Token]).Json($$"""{"releaseNotes":"leaked {{Token}} here","uri":"https://example.com/a?x={{Token}}"}""");

        Assert.That(shown, Does.Not.Contain(Token));
        Assert.That(shown, Does.Contain("leaked *** here"));
    }

    [Test]
    public void A_url_loses_its_user_info_and_credential_query_values()
    {
        var shown = new DebugBody([]).Json("""{"uri":"https://deploy:p4ss@example.com/app.jar?token=t0k3n&v=2"}""");

        var uri = JsonNode.Parse(shown)!["uri"]!.GetValue<string>();
        Assert.That(uri, Does.Not.Contain("p4ss").And.Not.Contain("deploy").And.Not.Contain("t0k3n"));
        Assert.That(uri, Does.Contain("example.com/app.jar").And.Contain("v=2"));
    }

    [Test]
    public void A_body_that_is_not_json_is_shown_as_text_with_known_secrets_masked()
    {
        Assert.That(new DebugBody([Token]).Json($"oops {Token}"), Is.EqualTo("oops ***"));
    }

    [Test]
    public void A_long_body_is_cut()
    {
        var shown = new DebugBody([]).Json($$"""{"moreDetails":"{{new string('x', DebugBody.MaxChars * 2)}}"}""");

        Assert.That(shown, Has.Length.LessThan(DebugBody.MaxChars + 100));
        Assert.That(shown, Does.EndWith("more characters)"));
    }

    [Test]
    public void An_upload_body_is_its_media_type_and_size()
    {
        using var content = new ByteArrayContent(new byte[1234]);
        content.Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data");

        Assert.That(DebugBody.IsJson(content), Is.False);
        Assert.That(DebugBody.Size(content), Is.EqualTo("multipart/form-data, 1234 bytes"));
    }

    [Test]
    public void Json_media_types_are_told_apart()
    {
        using var json = new StringContent("{}", Encoding.UTF8, "application/json");
        using var problem = new StringContent("{}", Encoding.UTF8, "application/problem+json");
        using var text = new StringContent("{}", Encoding.UTF8, "text/plain");

        Assert.That(new[] { DebugBody.IsJson(json), DebugBody.IsJson(problem), DebugBody.IsJson(text) }, Is.EqualTo(new[] { true, true, false }));
    }
}
