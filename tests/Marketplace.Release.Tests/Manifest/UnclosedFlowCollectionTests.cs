using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>
/// An unclosed flow sequence or mapping (<c>key: [a</c>, <c>hosting: {x</c>) is a YAML syntax error at a line and
/// column (exit 2), not an internal error.
/// </summary>
public sealed class UnclosedFlowCollectionTests
{
    [TestCase("  releaseSummary: [a\n")]
    [TestCase("  releaseSummary: [a, b\n")]
    [TestCase("  releaseSummary: {x\n")]
    [TestCase("  releaseSummary: {x: 1\n")]
    [TestCase("  releaseSummary: [{a: b\n")]
    [TestCase("  releaseSummary: [\n")]
    public void An_unclosed_flow_collection_at_the_end_is_a_syntax_error_at_its_position(string appended)
    {
        var error = SingleError(MinimalManifest + appended);

        Assert.That(error, Does.Match(@"^marketplace-release\.yml:1[45]:\d+: YAML syntax error: "));
        Assert.That(error, Does.Match(@"the flow (sequence '\[|mapping '\{)' at line 14, column (19|20) is not closed"));
    }

    [TestCase("app:\n  key: com.example.timesheets\n  hosting: {x\nversion:\n  number: 1.4.0\n",
        "marketplace-release.yml:4:12: YAML syntax error: the flow mapping '{' at line 4, column 12 is not closed with '}'; close it on the same line, or quote the value if the bracket is meant as text")]
    [TestCase("app:\n  key: [a\n  hosting: datacenter\n",
        "marketplace-release.yml:3:8: YAML syntax error: the flow sequence '[' at line 3, column 8 is not closed with ']'; close it on the same line, or quote the value if the bracket is meant as text")]
    public void An_unclosed_flow_collection_in_the_middle_is_a_syntax_error_at_the_open_bracket(string manifest, string expected)
    {
        Assert.That(SingleError("schema: 1\n" + manifest), Is.EqualTo(expected));
    }
}
