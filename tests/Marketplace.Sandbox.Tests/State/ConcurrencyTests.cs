using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.State;

public sealed class ConcurrencyTests
{
    [Test]
    public async Task Concurrent_publishes_of_one_build_number_create_one_version_and_one_listing()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var artifactId = await sandbox.UploadPluginAsync();
        var versions = $"rest/3/app-software/{SandboxHarness.DataCenterId}/versions";

        var versionStatuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await sandbox.PostJsonAsync(versions, SandboxHarness.PluginVersion(artifactId));
            return response.StatusCode;
        }));
        var listingStatuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(100400000), new JsonObject { ["state"] = "PRIVATE" });
            return response.StatusCode;
        }));

        Assert.That(versionStatuses.Count(status => status == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(versionStatuses.Count(status => status == HttpStatusCode.BadRequest), Is.EqualTo(7));
        Assert.That(listingStatuses.Count(status => status == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(sandbox.Server.State.Versions(SandboxHarness.DataCenterId).Count(version => version.BuildNumber == 100400000), Is.EqualTo(1));
        Assert.That(sandbox.Server.State.Listings(SandboxHarness.DataCenterId), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task State_snapshots_do_not_change_with_later_requests()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var before = sandbox.Server.State.Version(SandboxHarness.DataCenterId, 100300000)!;
        before.Json["versionNumber"] = "changed by the test";

        await sandbox.CreateVersionAsync();

        Assert.That(sandbox.Server.State.Version(SandboxHarness.DataCenterId, 100300000)!.VersionNumber, Is.EqualTo("1.3.0"));
    }
}
