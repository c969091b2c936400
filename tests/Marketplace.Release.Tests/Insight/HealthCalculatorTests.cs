using Marketplace.Release.Api.Models;
using Marketplace.Release.Insight;

namespace Marketplace.Release.Tests.Insight;

/// <summary>Feedback per version and reason, and the newest release against the previous one over equal windows.</summary>
public sealed class HealthCalculatorTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static FeedbackEntry Feedback(string version, int daysAgo, string reason = "bugs") =>
        new(version, Today.AddDays(-daysAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "uninstall", reason, null, "Data Center");

    [Test]
    public void The_newest_release_is_compared_with_the_previous_version_over_a_window_of_the_same_length()
    {
        FeedbackEntry[] feedback =
        [
            Feedback("1.3.0", 1), Feedback("1.3.0", 9, "cost"), Feedback("1.2.0", 11), Feedback("1.2.0", 19),
            Feedback("1.2.0", 21, "cost"), Feedback("1.2.0", 40),
        ];
        ReleasedVersion[] released = [new("1.2.0", Today.AddDays(-60)), new("1.3.0", Today.AddDays(-10))];

        var health = HealthCalculator.Compute(feedback, released, Today.AddDays(-84), Today);

        Assert.That(health.Newest, Is.EqualTo(new NewestVersionHealth("1.3.0", Today.AddDays(-10), 10, 2, "1.2.0", 2)));
        Assert.That(health.ByReason.Select(count => (count.Name, count.Count)), Is.EqualTo(new[] { ("bugs", 4), ("cost", 2) }));
        Assert.That(health.ByVersion.Select(count => count.Name), Is.EqualTo(new[] { "1.3.0", "1.2.0" }));
        Assert.That(HealthCalculator.WindowStart(released, Today), Is.EqualTo(Today.AddDays(-20)));
    }

    [Test]
    public void Without_released_versions_there_is_no_comparison_and_no_feedback_is_zero_not_an_error()
    {
        var health = HealthCalculator.Compute([], [], Today.AddDays(-84), Today);

        Assert.That(health.Total, Is.Zero);
        Assert.That(health.Newest, Is.Null);
    }
}
