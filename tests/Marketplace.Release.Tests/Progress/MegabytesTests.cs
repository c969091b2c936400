using Marketplace.Release.Progress;

namespace Marketplace.Release.Tests.Progress;

[TestFixture]
internal sealed class MegabytesTests
{
    [TestCase(250L * 1048576, "250 MB")]
    [TestCase(12L * 1048576 + 524288, "12.5 MB")]
    [TestCase(40_000, "0.04 MB")]
    [TestCase(600_000, "0.6 MB")]
    [TestCase(0, "0 MB")]
    public void A_size_has_a_decimal_only_where_it_says_something_and_never_reads_as_zero(long bytes, string expected) =>
        Assert.That(Megabytes.Text(bytes), Is.EqualTo(expected));

    [Test]
    public void A_range_writes_the_unit_once_and_a_rate_per_second()
    {
        Assert.That($"{Megabytes.Format(10L * 1048576)} / {Megabytes.Text(40L * 1048576)}", Is.EqualTo("10 / 40 MB"));
        Assert.That(Megabytes.Rate(38L * 1048576, TimeSpan.FromSeconds(1)), Is.EqualTo("38 MB/s"));
    }
}
