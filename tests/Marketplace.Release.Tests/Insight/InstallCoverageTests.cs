using Marketplace.Release.Api.Models;
using Marketplace.Release.Insight;

namespace Marketplace.Release.Tests.Insight;

/// <summary>The coverage of a week's installs by a list of compatibility entries (all targets of a release together).</summary>
public sealed class InstallCoverageTests
{
    private static readonly Dictionary<string, long> JiraBuilds = new()
    {
        ["9.12.0"] = 9120000, ["10.0.0"] = 10000000, ["10.3.0"] = 10030000, ["10.3.3"] = 10030003, ["10.4.1"] = 10040001,
    };

    private static readonly HostInstall[] Week =
    [
        new("jira", "Jira", "9.12.0", 120), new("jira", "Jira", "10.0.0", 210), new("jira", "Jira", "10.3.0", 340),
        new("jira", "Jira", "10.3.3", 260), new("jira", "Jira", "10.4.1", 70), new("confluence", "Confluence", "8.5.0", 50),
    ];

    private static long? BuildOf(string product, string version) => product == "jira" && JiraBuilds.TryGetValue(version, out var build) ? build : null;

    [Test]
    public void Two_targets_are_gated_on_their_combined_coverage()
    {
        Compatibility[] older = [new("jira", 9120000, 10000000)];
        Compatibility[] newer = [new("jira", 10030000, 10040001)];

        var first = InstallCoverage.Compute(Week, older, BuildOf).Single(product => product.Product == "jira");
        var combined = InstallCoverage.Compute(Week, [.. older, .. newer], BuildOf).Single(product => product.Product == "jira");

        Assert.That(first.CoveredPercent, Is.EqualTo(33.0m));
        Assert.That(combined.CoveredPercent, Is.EqualTo(100.0m));
        Assert.That(combined.LargestExcluded, Is.Empty);
    }

    [Test]
    public void The_largest_excluded_come_most_installs_first_and_an_unsupported_product_is_marked()
    {
        var coverage = InstallCoverage.Compute(Week, [new Compatibility("jira", 10030000, 10030003)], BuildOf);

        var jira = coverage.Single(product => product.Product == "jira");
        Assert.That(jira.LargestExcluded.Select(version => version.Version), Is.EqualTo(new[] { "10.0.0", "9.12.0", "10.4.1" }));
        Assert.That(jira.Versions.Select(version => version.Version), Is.EqualTo(new[] { "9.12.0", "10.0.0", "10.3.0", "10.3.3", "10.4.1" }), "numeric version order");
        Assert.That(coverage.Single(product => product.Product == "confluence").Supported, Is.False);
    }

    [Test]
    public void The_share_is_rounded_down_so_a_gate_never_passes_on_rounding()
    {
        Assert.That(InstallCoverage.Percent(8999, 10000), Is.EqualTo(89.9m));
        Assert.That(InstallCoverage.Percent(0, 0), Is.EqualTo(0m));
    }

    [Test]
    public void A_host_version_the_Marketplace_does_not_know_is_not_covered()
    {
        var coverage = InstallCoverage.Compute([new HostInstall("jira", "Jira", "10.2.7", 5)], [new Compatibility("jira", 0, long.MaxValue)], BuildOf);

        Assert.That(coverage.Single().CoveredInstalls, Is.Zero);
    }
}
