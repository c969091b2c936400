using Marketplace.Release.Running;

namespace Marketplace.Release.Tests.Running;

[TestFixture]
internal sealed class DurationParserTests
{
    [TestCase("90", 90)]
    [TestCase("90s", 90)]
    [TestCase("10m", 600)]
    [TestCase("10min", 600)]
    [TestCase("1h", 3600)]
    [TestCase("1h30m", 5400)]
    [TestCase("00:10:00", 600)]
    [TestCase("1.5m", 90)]
    public void Parses_the_forms_users_write(string text, double seconds)
    {
        Assert.That(DurationParser.TryParse(text, out var duration), Is.True);
        Assert.That(duration, Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [TestCase("")]
    [TestCase("soon")]
    [TestCase("10x")]
    [TestCase("0")]
    [TestCase("-5")]
    public void Refuses_what_is_not_a_positive_duration(string text) =>
        Assert.That(DurationParser.TryParse(text, out _), Is.False);
}
