using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Tests.Pipeline;

[TestFixture]
internal sealed class PollScheduleTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [TestCase(0, 1)]
    [TestCase(5, 1)]
    [TestCase(20, 2)]
    [TestCase(120, 12)]
    [TestCase(600, 30)]
    public void Delays_start_at_the_initial_then_follow_ten_percent_of_the_wait_up_to_the_cap(int waitedSeconds, double expectedSeconds) =>
        Assert.That(PollSchedule.Next(TimeSpan.FromSeconds(waitedSeconds), Initial, Max), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
}
