using Marketplace.Release.Api;

namespace Marketplace.Release.Tests.Api;

/// <summary>The build number of a created version, read from the 201's Location (docs/marketplace-api.md § Relative links: relative to the base, or absolute).</summary>
[TestFixture]
internal sealed class VersionLocationTests
{
    private const string Id = "5e1f3b2a-7c4d-4e8f-9a10-0b1c2d3e4f50";
    private static readonly Uri Base = new("https://api.atlassian.com/marketplace");

    [TestCase("/rest/3/app-software/" + Id + "/versions/100600001", 100600001L, TestName = "Location relative to the base with a leading slash")]
    [TestCase("rest/3/app-software/" + Id + "/versions/7", 7L, TestName = "Location relative to the base without a leading slash")]
    [TestCase("https://api.atlassian.com/marketplace/rest/3/app-software/" + Id + "/versions/42", 42L, TestName = "Location absolute")]
    [TestCase("/rest/3/app-software/" + Id + "/versions/42/", 42L, TestName = "Location with a trailing slash")]
    [TestCase("/rest/3/app-software/5E1F3B2A-7C4D-4E8F-9A10-0B1C2D3E4F50/versions/42", 42L, TestName = "Location with the id in upper case")]
    public void The_build_number_is_the_last_segment_of_a_version_location(string location, long expected)
    {
        Assert.That(VersionLocation.BuildNumberOf(new Uri(location, UriKind.RelativeOrAbsolute), Base, Id), Is.EqualTo(expected));
    }

    [TestCase("/rest/3/app-software/00000000-0000-4000-8000-000000000000/versions/42", TestName = "Location of another app software")]
    [TestCase("/rest/3/app-software/" + Id + "/versions/1.4.0", TestName = "Location naming a version number")]
    [TestCase("/rest/3/app-software/" + Id + "/versions/-3", TestName = "Location with a negative number")]
    [TestCase("/rest/3/app-software/" + Id + "/versions/42/listing", TestName = "Location of a listing")]
    [TestCase("/rest/3/app-software/" + Id + "/versions", TestName = "Location of the version list")]
    [TestCase("ftp://api.atlassian.com/marketplace/rest/3/app-software/" + Id + "/versions/42", TestName = "Location with another scheme")]
    public void A_location_that_names_no_version_of_this_app_software_gives_no_build_number(string location)
    {
        Assert.That(VersionLocation.BuildNumberOf(new Uri(location, UriKind.RelativeOrAbsolute), Base, Id), Is.Null);
    }

    [Test]
    public void No_location_gives_no_build_number()
    {
        Assert.That(VersionLocation.BuildNumberOf(null, Base, Id), Is.Null);
    }

    [Test]
    public void A_relative_location_resolves_below_the_base_path_not_the_host_root()
    {
        var resolved = VersionLocation.Resolve(new Uri("/rest/3/app-software/x/versions/1", UriKind.Relative), Base);

        Assert.That(resolved, Is.EqualTo(new Uri("https://api.atlassian.com/marketplace/rest/3/app-software/x/versions/1")));
    }
}
