using Marketplace.Release.Progress;

namespace Marketplace.Release.Tests.Progress;

[TestFixture]
internal sealed class CountedTests
{
    [TestCase(0, "0 problems")]
    [TestCase(1, "1 problem")]
    [TestCase(3, "3 problems")]
    [TestCase(1200, "1200 problems")]
    public void A_count_agrees_with_its_noun(int count, string expected) =>
        Assert.That(Counted.Of(count, "problem"), Is.EqualTo(expected));

    [TestCase(1, "1 compatibility entry")]
    [TestCase(2, "2 compatibility entries")]
    public void An_irregular_plural_is_given(int count, string expected) =>
        Assert.That(Counted.Of(count, "compatibility entry", "compatibility entries"), Is.EqualTo(expected));
}
