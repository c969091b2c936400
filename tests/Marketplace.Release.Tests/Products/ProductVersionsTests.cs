using Marketplace.Release.Api;
using Marketplace.Release.Domain;
using Marketplace.Release.Products;
using Marketplace.Release.Failures;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Tests.Products;

/// <summary><c>max: latest</c> and build numbers back to product versions, against the sandbox's parent software list.</summary>
[TestFixture]
internal sealed class ProductVersionsTests
{
    [Test]
    public async Task Latest_is_the_newest_active_version_for_the_hosting()
    {
        // Default seed: jira 10.4.1 is the newest active one; 11.0.0 is newer but inactive.
        await using var sandbox = await SandboxedClient.StartAsync(seed =>
            seed.ParentSoftwareVersions.Add(new SeedParentSoftwareVersion("jira", "10.5.0", 10050000, ["server"])));
        var products = new ProductVersions(sandbox.Client);

        var dataCenter = await products.LatestAsync("jira", Hosting.DataCenter, CancellationToken.None);
        var server = await products.LatestAsync("jira", Hosting.Server, CancellationToken.None);

        Assert.That(dataCenter.VersionNumber, Is.EqualTo("10.4.1"));
        Assert.That(server.VersionNumber, Is.EqualTo("10.5.0"));
        Assert.That(await sandbox.CountLoggedAsync("GET", "/parent-software/jira/versions", 1), Is.EqualTo(1), "the list is read once per run");
    }

    [Test]
    public async Task Latest_reads_every_page_when_the_first_holds_no_match()
    {
        await using var sandbox = await SandboxedClient.StartAsync(seed =>
        {
            // Newest first: 55 cloud and inactive versions fill the first page; the one that counts is on the second.
            for (var i = 0; i < 55; i++)
            {
                seed.ParentSoftwareVersions.Add(new SeedParentSoftwareVersion("jira", $"1001.{i}.0", 100100000 + i, i % 2 == 0 ? ["cloud"] : ["datacenter"], i % 2 == 0 ? "active" : "inactive"));
            }
        });

        var latest = await new ProductVersions(sandbox.Client).LatestAsync("jira", Hosting.DataCenter, CancellationToken.None);

        Assert.That(latest.VersionNumber, Is.EqualTo("10.4.1"));
        Assert.That(await sandbox.CountLoggedAsync("GET", "/parent-software/jira/versions", 2), Is.EqualTo(2));
    }

    [Test]
    public async Task No_matching_version_or_no_such_product_is_a_refusal_naming_the_fix()
    {
        await using var sandbox = await SandboxedClient.StartAsync();
        var products = new ProductVersions(sandbox.Client);

        var none = Assert.ThrowsAsync<ReleaseFailedException>(() => products.LatestAsync("confluence", Hosting.Cloud, CancellationToken.None));
        var unknown = Assert.ThrowsAsync<ReleaseFailedException>(() => products.LatestAsync("jirra", Hosting.DataCenter, CancellationToken.None));

        Assert.That(none!.Failure.ExitCode, Is.EqualTo(ExitCodes.Refused));
        Assert.That(none.Failure.Line, Does.Contain("confluence has no active version for cloud").And.Contain("Fix:"));
        Assert.That(unknown!.Failure.Line, Does.Contain("no product 'jirra'"));
    }

    [Test]
    public async Task A_build_number_reads_back_as_its_product_version_or_null()
    {
        await using var sandbox = await SandboxedClient.StartAsync();
        var products = new ProductVersions(sandbox.Client);

        Assert.That(await products.VersionNumberAsync("jira", 10030003, CancellationToken.None), Is.EqualTo("10.3.3"));
        Assert.That(await products.VersionNumberAsync("jira", 10030004, CancellationToken.None), Is.Null);
        Assert.That(await products.VersionNumberAsync("jira", 10030003, CancellationToken.None), Is.EqualTo("10.3.3"));
        Assert.That(await sandbox.CountLoggedAsync("GET", "/versions/build/", 2), Is.EqualTo(2), "each build is looked up once");
    }
}
