using Marketplace.Release.Manifest;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>docs/marketplace-api.md § Latest product version: <c>max: latest</c> in a compatibility entry is parsed and carried in the plan.</summary>
public sealed class MaxLatestTests
{
    internal static string WithMax(string max) => MinimalManifest.Replace("max: 10.3.3", max, StringComparison.Ordinal);

    [Test]
    public void Max_latest_is_carried_as_MaxLatest_without_a_version_or_build()
    {
        using var workspace = Workspace(WithMax("max: latest"));

        var entry = Load(workspace).Version.Compatibility.Single();

        Assert.That(entry, Is.EqualTo(new CompatibilitySpec("jira", "9.12.0", null, null, null) { MaxLatest = true }));
    }

    [Test]
    public void Max_latest_may_come_from_the_environment()
    {
        using var workspace = Workspace(WithMax("max: ${JIRA_MAX:-latest}"));

        Assert.That(Load(workspace).Version.Compatibility.Single().MaxLatest, Is.True);
    }

    [Test]
    public void A_fixed_max_is_not_latest()
    {
        using var workspace = Workspace(MinimalManifest);

        Assert.That(Load(workspace).Version.Compatibility.Single().MaxLatest, Is.False);
    }

    [TestCase("max: Latest", "marketplace-release.yml:12:12: version.compatibility[0].max 'Latest' is not a product version; write it like 10.3.3 or latest")]
    [TestCase("maxBuild: latest", "marketplace-release.yml:12:17: version.compatibility[0].maxBuild must be a whole number from 1 to 9007199254740991, not 'latest'")]
    [TestCase("max: ${UNSET_MAX}", "marketplace-release.yml:12:12: environment variable 'UNSET_MAX' is not set; set it, or give a default with ${UNSET_MAX:-value}")]
    public void Latest_is_only_the_exact_word_for_max(string max, string expected)
    {
        Assert.That(SingleError(WithMax(max)), Is.EqualTo(expected));
    }
}
