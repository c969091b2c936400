using Marketplace.Release.Progress;

namespace Marketplace.Release.Tests.Progress;

[TestFixture]
internal sealed class DurationTextTests
{
    [TestCase(0, "0 ms")]
    [TestCase(-5, "0 ms")]
    [TestCase(0.4, "0 ms")]
    [TestCase(812, "812 ms")]
    [TestCase(999.4, "999 ms")]
    [TestCase(999.6, "1 s")]
    [TestCase(1234, "1.2 s")]
    [TestCase(45_000, "45 s")]
    [TestCase(45_340, "45.3 s")]
    [TestCase(59_960, "1 min")]
    [TestCase(200_000, "3 min 20 s")]
    [TestCase(600_000, "10 min")]
    [TestCase(3_599_600, "1 h")]
    [TestCase(7_500_000, "2 h 5 min")]
    [TestCase(90_000_000, "25 h")]
    public void A_duration_reads_as_a_person_writes_it(double milliseconds, string expected) =>
        Assert.That(DurationText.Format(TimeSpan.FromMilliseconds(milliseconds)), Is.EqualTo(expected));
}
