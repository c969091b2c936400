using Marketplace.Release.Manifest.Binding;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

public sealed class BuildNumberTests
{
    [TestCase("1.4.0", 100_400_000L)]
    [TestCase("0.0.1", 100L)]
    [TestCase("10.3.3", 1_000_300_300L)]
    [TestCase("2.999.999", 299_999_900L)]
    [TestCase("1.4.0.7", 100_400_007L)]
    [TestCase("1.4.0.99", 100_400_099L)]
    [TestCase("90071991.999.999.99", 9_007_199_199_999_999L)]
    public void From_version_is_major_times_1e8_plus_minor_times_1e5_plus_patch_times_100_plus_fourth(string version, long expected)
    {
        Assert.That(VersionNumbers.BuildFromVersion(version, out var problem), Is.EqualTo(expected), problem);
    }

    [TestCase("1.4", "is not major.minor.patch")]
    [TestCase("1.4.0-beta.1", "has a qualifier")]
    [TestCase("1.1000.0", "minor or patch number of 1000 or more")]
    [TestCase("1.0.1000", "minor or patch number of 1000 or more")]
    [TestCase("1.0.0.100", "fourth number of 100 or more")]
    [TestCase("999999999.0.0", "major number too large")]
    public void From_version_refuses_versions_it_cannot_encode(string version, string reason)
    {
        Assert.That(VersionNumbers.BuildFromVersion(version, out var problem), Is.Null);
        Assert.That(problem, Does.Contain(reason));
    }

    [Test]
    public void Build_numbers_from_versions_grow_with_the_versions()
    {
        string[] ordered = ["1.0.0", "1.0.1", "1.0.999", "1.1.0", "1.999.999.99", "2.0.0"];

        var builds = ordered.Select(version => VersionNumbers.BuildFromVersion(version, out _)!.Value).ToList();

        Assert.That(builds, Is.Ordered.Ascending.And.Unique);
    }

    [TestCase("1.4.0", true)]
    [TestCase("2", true)]
    [TestCase("1.4.0.2", true)]
    [TestCase("1.4.0-beta.1", true)]
    [TestCase("1.4.0-SNAPSHOT", true)]
    [TestCase("1.4.0.2.1", false)]
    [TestCase("v1.4.0", false)]
    [TestCase("1.4.0-", false)]
    [TestCase("", false)]
    public void Version_numbers_have_up_to_four_numbers_and_an_optional_qualifier(string version, bool valid)
    {
        Assert.That(VersionNumbers.IsVersion(version), Is.EqualTo(valid));
    }

    [Test]
    public void The_loader_computes_from_version_for_a_four_part_version()
    {
        using var workspace = Workspace(MinimalManifest.Replace("number: 1.4.0", "number: 5.6.7.8", StringComparison.Ordinal));

        Assert.That(Load(workspace).Version.BuildNumber, Is.EqualTo(500_600_708L));
    }
}
