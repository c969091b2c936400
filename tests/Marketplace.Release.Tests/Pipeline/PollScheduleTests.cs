using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Tests.Pipeline;

[TestFixture]
internal sealed class PollScheduleTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [TestCase(0, 1)]
    [TestCase(5, 1)]
    [TestCase(9.9, 1)]
    [TestCase(10, 1.7)]
    [TestCase(20, 3.4)]
    [TestCase(120, 20.4)]
    [TestCase(352, 59.84)]
    [TestCase(600, 60)]
    public void Delays_are_the_initial_for_ten_looks_then_seventeen_percent_of_the_wait_up_to_the_cap(double waitedSeconds, double expectedSeconds) =>
        Assert.That(PollSchedule.Next(TimeSpan.FromSeconds(waitedSeconds), Initial, Max).TotalSeconds, Is.EqualTo(expectedSeconds).Within(0.001));

    [Test]
    public void The_cap_wins_over_a_small_initial_and_the_initial_over_a_small_share()
    {
        Assert.That(PollSchedule.Next(TimeSpan.FromMilliseconds(1100), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(150)), Is.EqualTo(TimeSpan.FromMilliseconds(150)));
        Assert.That(PollSchedule.Next(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1), Max), Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)));
    }
}
