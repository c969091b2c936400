using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Release.Versions;
using Marketplace.Sandbox;

namespace Marketplace.Release.Tests.Api;

/// <summary>The client calls of issue 13 against the sandbox: version PUT with its revision, and the parent software list and lookups.</summary>
[TestFixture]
internal sealed class ExistingVersionCallsTests
{
    private const long SeededBuild = 100300000;

    [Test]
    public async Task The_product_versions_list_follows_every_page()
    {
        await using var sandbox = await SandboxedClient.StartAsync(seed =>
        {
            for (var i = 0; i < 60; i++)
            {
                seed.ParentSoftwareVersions.Add(new SeedParentSoftwareVersion("bamboo", $"9.{i}.0", 90000 + i, ["datacenter"]));
            }
        });

        var versions = await sandbox.Client.ListParentSoftwareVersionsAsync("bamboo", CancellationToken.None);

        Assert.That(versions!.Select(v => v.BuildNumber), Is.EquivalentTo(Enumerable.Range(0, 60).Select(i => 90000L + i)));
        Assert.That(versions!.All(v => v.StateWord == "active" && v.Hosting!.SequenceEqual(new Hosting?[] { Hosting.DataCenter })), Is.True);
        Assert.That(sandbox.Count("GET", "/parent-software/bamboo/versions"), Is.EqualTo(2), "50 a page: two pages");
    }

    [Test]
    public async Task An_unknown_product_lists_as_null_and_an_unknown_build_reads_as_null()
    {
        await using var sandbox = await SandboxedClient.StartAsync();

        Assert.That(await sandbox.Client.ListParentSoftwareVersionsAsync("jirra", CancellationToken.None), Is.Null);
        Assert.That(await sandbox.Client.GetParentSoftwareVersionByBuildAsync("jira", 10040005, CancellationToken.None), Is.Null);
        var known = await sandbox.Client.GetParentSoftwareVersionByBuildAsync("jira", 10040001, CancellationToken.None);
        Assert.That(known, Is.EqualTo(known! with { BuildNumber = 10040001, VersionNumber = "10.4.1", StateWord = "active" }));
    }

    [Test]
    public async Task A_version_put_of_the_read_body_changes_the_compatibility_and_moves_the_revision()
    {
        await using var sandbox = await SandboxedClient.StartAsync();
        var client = sandbox.Client;
        var before = (await client.GetVersionAsync(SandboxedClient.DataCenterId, SeededBuild, CancellationToken.None))!;
        var live = (await client.GetVersionBodyAsync(SandboxedClient.DataCenterId, SeededBuild, CancellationToken.None))!;
        var desired = Desired(before, new Compatibility("jira", 9120000, 10040001));

        await client.UpdateVersionAsync(SandboxedClient.DataCenterId, SeededBuild, VersionUpdateBody.Build(live, desired), CancellationToken.None);

        var after = (await client.GetVersionAsync(SandboxedClient.DataCenterId, SeededBuild, CancellationToken.None))!;
        Assert.That(after.Compatibilities, Is.EqualTo(new[] { new Compatibility("jira", 9120000, 10040001) }));
        Assert.That(after.Revision, Is.EqualTo(before.Revision + 1));
        Assert.That(after.State, Is.EqualTo(before.State));
        Assert.That(after.Changelog, Is.EqualTo(before.Changelog), "release notes not in the manifest stay as they were");
    }

    [Test]
    public async Task A_stale_revision_is_refused_as_revision_mismatch()
    {
        await using var sandbox = await SandboxedClient.StartAsync();
        var client = sandbox.Client;
        var before = (await client.GetVersionAsync(SandboxedClient.DataCenterId, SeededBuild, CancellationToken.None))!;
        var live = (await client.GetVersionBodyAsync(SandboxedClient.DataCenterId, SeededBuild, CancellationToken.None))!;
        await client.UpdateVersionAsync(SandboxedClient.DataCenterId, SeededBuild, VersionUpdateBody.Build(live, Desired(before, new Compatibility("jira", 9120000, 10040001))), CancellationToken.None);

        var error = Assert.ThrowsAsync<MarketplaceApiException>(() => client.UpdateVersionAsync(SandboxedClient.DataCenterId, SeededBuild,
            VersionUpdateBody.Build(live, Desired(before, new Compatibility("jira", 9120000, 10030003))), CancellationToken.None));

        Assert.That(error!.Status, Is.EqualTo(400));
        Assert.That(error.Error?.Code, Is.EqualTo("REVISION_MISMATCH"));
        Assert.That(sandbox.Count("PUT", "/versions/"), Is.EqualTo(2), "never retried by the client");
    }

    /// <summary>The create request the manifest of the seeded version would make, with another compatibility.</summary>
    internal static VersionCreateRequest Desired(VersionResponse live, Compatibility compatibility) => new()
    {
        BuildNumber = live.BuildNumber,
        VersionNumber = live.VersionNumber,
        Compatibilities = [compatibility],
        SupportedPaymentModel = live.SupportedPaymentModel ?? PaymentModel.Free,
        FrameworkDetails = live.FrameworkDetails!,
        LicenseType = live.LicenseType is { } license ? new LicenseType(license.Id) : null,
        Supported = live.Supported ?? true,
        Beta = live.Beta ?? false,
        AcceptedAgreements = [new AcceptedAgreement("https://www.atlassian.com/licensing/marketplace/partneragreement")],
    };
}
