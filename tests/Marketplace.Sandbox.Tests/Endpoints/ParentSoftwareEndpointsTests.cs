using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Endpoints;

public sealed class ParentSoftwareEndpointsTests
{
    private static void Jira(SandboxSeed seed)
    {
        seed.ParentSoftwareVersions.Clear();
        seed.ParentSoftwareVersions.Add(new SeedParentSoftwareVersion("jira", "9.12.0", 9120000, ["server", "datacenter"]));
        seed.ParentSoftwareVersions.Add(new SeedParentSoftwareVersion("jira", "10.3.0", 10030000, ["server", "datacenter"]));
        seed.ParentSoftwareVersions.Add(new SeedParentSoftwareVersion("jira", "10.4.1", 10040001, ["datacenter"]));
        seed.ParentSoftwareVersions.Add(new SeedParentSoftwareVersion("jira", "11.0.0", 11000000, ["datacenter"], "draft"));
        seed.ParentSoftwareVersions.Add(new SeedParentSoftwareVersion("jira", "1001.0.0", 100100000, ["cloud"]));
        seed.ParentSoftwareVersions.Add(new SeedParentSoftwareVersion("confluence", "9.2.0", 9210, ["datacenter"]));
    }

    [Test]
    public async Task The_versions_of_a_product_page_newest_first_with_hosting_and_state()
    {
        await using var sandbox = await SandboxHarness.StartAsync(Jira);

        var seen = new List<JsonNode>();
        var next = "rest/3/parent-software/jira/versions?limit=2";
        var pages = 0;
        while (next is not null)
        {
            using var response = await sandbox.Client.GetAsync(next);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            var page = await SandboxHarness.ReadJsonAsync(response);
            Assert.That(page["totalCount"]!.GetValue<int>(), Is.EqualTo(5));
            seen.AddRange(page["versions"]!.AsArray().Select(version => version!.DeepClone()));
            next = page["links"]!["next"]?.GetValue<string>().TrimStart('/');
            pages++;
        }

        Assert.That(pages, Is.EqualTo(3));
        Assert.That(seen.Select(version => version["versionNumber"]!.GetValue<string>()), Is.EqualTo(new[] { "1001.0.0", "11.0.0", "10.4.1", "10.3.0", "9.12.0" }));
        var inactive = seen[1];
        Assert.That(inactive["state"]!.GetValue<string>(), Is.EqualTo("draft"));
        Assert.That(inactive["hosting"]!.AsArray().Select(hosting => hosting!.GetValue<string>()), Is.EqualTo(new[] { "datacenter" }));
        Assert.That(inactive["buildNumber"]!.GetValue<long>(), Is.EqualTo(11000000));
        Assert.That(seen[2]["state"]!.GetValue<string>(), Is.EqualTo("active"));
    }

    [Test]
    public async Task By_version_number_and_by_build_number_show_the_state_and_unknown_ones_are_404()
    {
        await using var sandbox = await SandboxHarness.StartAsync(Jira);

        using var byNumber = await sandbox.Client.GetAsync("rest/3/parent-software/jira/versions/number/11.0.0");
        using var byBuild = await sandbox.Client.GetAsync("rest/3/parent-software/jira/versions/build/10040001");
        using var missingVersion = await sandbox.Client.GetAsync("rest/3/parent-software/jira/versions/number/12.0.0");
        using var missingProduct = await sandbox.Client.GetAsync("rest/3/parent-software/jirra/versions");

        var number = await SandboxHarness.ReadJsonAsync(byNumber);
        Assert.That(number["buildNumber"]!.GetValue<long>(), Is.EqualTo(11000000));
        Assert.That(number["state"]!.GetValue<string>(), Is.EqualTo("draft"));
        var build = await SandboxHarness.ReadJsonAsync(byBuild);
        Assert.That(build["versionNumber"]!.GetValue<string>(), Is.EqualTo("10.4.1"));
        Assert.That(build["state"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(missingVersion.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missingProduct.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
