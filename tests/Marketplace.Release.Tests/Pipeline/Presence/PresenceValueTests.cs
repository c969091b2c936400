using System.Text.Json.Nodes;
using Marketplace.Release.Pipeline.Presence;

namespace Marketplace.Release.Tests.Pipeline.Presence;

[TestFixture]
internal sealed class PresenceValueTests
{
    private static readonly IReadOnlyList<string> Empty = [];

    [Test]
    public void No_list_and_an_empty_list_are_the_same_none()
    {
        Assert.That(PresenceValue.Same(null, Empty), Is.True);
        Assert.That(PresenceValue.Same(Empty, null), Is.True);
        Assert.That(PresenceValue.Same(null, (IReadOnlyList<string>)["a"]), Is.False);
    }

    [Test]
    public void Lists_compare_as_sets_and_texts_exactly()
    {
        Assert.That(PresenceValue.Same((IReadOnlyList<string>)["a", "b"], (IReadOnlyList<string>)["b", "a"]), Is.True);
        Assert.That(PresenceValue.Same("Timesheets", "timesheets"), Is.False);
        Assert.That(PresenceValue.Same(true, true), Is.True);
    }

    [TestCase(null, "(none)")]
    [TestCase("a b", "'a b'")]
    [TestCase(false, "false")]
    public void Values_are_shown_as_a_plan_line_writes_them(object? value, string shown) =>
        Assert.That(PresenceValue.Format(value), Is.EqualTo(shown));

    [Test]
    public void Lists_and_JSON_are_shown_compactly()
    {
        Assert.That(PresenceValue.Format((IReadOnlyList<string>)["time-tracking", "reports"]), Is.EqualTo("[time-tracking, reports]"));
        Assert.That(PresenceValue.Format(new JsonArray("US", "EU")), Is.EqualTo("[\"US\",\"EU\"]"));
    }
}
