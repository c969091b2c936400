using Marketplace.Release.Api;

namespace Marketplace.Release.Tests.Api;

[TestFixture]
internal sealed class ApiErrorParserTests
{
    [Test]
    public void V3_errors_with_a_string_status_keep_code_title_and_detail()
    {
        var error = ApiErrorParser.Parse("""{"errors":[{"id":"1","status":"400","code":"VALIDATION_ERROR","title":"Invalid","detail":"Build number already exists"}]}""");

        Assert.That(error, Is.Not.Null);
        Assert.That(error!.Code, Is.EqualTo("VALIDATION_ERROR"));
        Assert.That(error.Summary, Is.EqualTo("Invalid: Build number already exists"));
        Assert.That(error.HasMessage("already exists"), Is.True);
    }

    [Test]
    public void V3_errors_with_a_numeric_status_parse_the_same()
    {
        var error = ApiErrorParser.Parse("""{"errors":[{"status":400,"code":"VALIDATION_FAIL","title":"Revision mismatch"}]}""");

        Assert.That(error!.Code, Is.EqualTo("VALIDATION_FAIL"));
        Assert.That(error.Summary, Is.EqualTo("Revision mismatch"));
    }

    [Test]
    public void V2_errors_keep_message_and_path()
    {
        var error = ApiErrorParser.Parse("""{"errors":[{"message":"must not be empty","path":"/compatibilities","code":"missing"}]}""");

        Assert.That(error!.Summary, Is.EqualTo("must not be empty (at /compatibilities)"));
    }

    [Test]
    public void Several_errors_are_joined_in_order()
    {
        var error = ApiErrorParser.Parse("""{"errors":[{"title":"first"},{"detail":"second"}]}""");

        Assert.That(error!.Messages, Is.EqualTo(new[] { "first", "second" }));
    }

    [Test]
    public void Plain_text_falls_back_to_the_raw_body()
    {
        var error = ApiErrorParser.Parse("<html>Bad gateway</html>");

        Assert.That(error!.Messages, Is.Empty);
        Assert.That(error.Summary, Is.EqualTo("<html>Bad gateway</html>"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void An_empty_body_is_no_error_text(string? body) =>
        Assert.That(ApiErrorParser.Parse(body), Is.Null);

    [Test]
    public void A_top_level_message_is_read()
    {
        var error = ApiErrorParser.Parse("""{"message":"Rate limited","code":"TOO_MANY"}""");

        Assert.That(error!.Summary, Is.EqualTo("Rate limited"));
        Assert.That(error.Code, Is.EqualTo("TOO_MANY"));
    }

    [Test]
    public void A_very_long_body_is_truncated()
    {
        var error = ApiErrorParser.Parse(new string('x', 5000));

        Assert.That(error!.RawText, Has.Length.LessThanOrEqualTo(2001));
    }
}
