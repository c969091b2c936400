using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// Issue 22: reads that do not depend on each other are in flight together, and so are the uploads; what the
/// sandbox ends up holding is the same. Each test holds the requests in the sandbox until all of a set have arrived
/// (<see cref="Rendezvous"/>): sent one after the other, a round would never complete.
/// </summary>
[TestFixture]
internal sealed class RoundTripTests
{
    private const long Build = 100400000;

    [Test]
    public async Task Resolve_sends_the_app_software_and_every_product_version_look_up_together()
    {
        var together = new Rendezvous(
            r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("/app-software/app-key/", StringComparison.Ordinal),
            r => r.Contains("/parent-software/jira/versions/number/9.12.0", StringComparison.Ordinal),
            r => r.Contains("/parent-software/jira/versions/number/10.3.3", StringComparison.Ordinal));
        await using var sandbox = await SandboxHost.StartAsync(onRequest: together.OnRequestAsync);
        using var workspace = WorkspaceBuilder.Create().WithExample();

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(together.Rounds, Is.EqualTo(new[] { true }));
        Assert.That(run.Out, Does.Contain("compatibility jira 9.12.0–10.3.3"));
    }

    [Test]
    public async Task A_rerun_reads_the_version_and_its_listing_together_once_and_verify_checks_what_reconcile_read()
    {
        var together = new Rendezvous(VersionRead, ListingRead) { Armed = false };
        await using var sandbox = await SandboxHost.StartAsync(onRequest: together.OnRequestAsync);
        using var workspace = WorkspaceBuilder.Create().WithExample();
        Assert.That((await CliRunner.RunAsync(sandbox, workspace, ["publish"])).ExitCode, Is.Zero);
        var before = sandbox.Server.Requests.Count;
        together.Armed = true;

        var rerun = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
        Assert.That(rerun.Result!.Status, Is.EqualTo(Pipeline.ReleaseStatus.Unchanged));
        Assert.That(together.Rounds, Is.EqualTo(new[] { true }), "reconcile's pair; nothing was sent, so verify reads nothing again");
        var reads = sandbox.Server.Requests.Skip(before).Select(r => $"{r.Method} {r.PathAndQuery}").ToList();
        Assert.That(reads.Count(VersionRead), Is.EqualTo(1), string.Join("\n", reads));
        Assert.That(reads.Count(ListingRead), Is.EqualTo(1), string.Join("\n", reads));
        Assert.That(rerun.Out, Does.Contain("verify").And.Contain("is PUBLIC"));
    }

    [Test]
    public async Task After_a_publish_sent_its_changes_verify_reads_the_version_and_its_listing_back_together()
    {
        var together = new Rendezvous(VersionRead, ListingRead) { Armed = false };
        await using var sandbox = await SandboxHost.StartAsync(onRequest: async (request, token) =>
        {
            // Armed once the listing is created: the next reads of both are verify's.
            if (request.Method == "POST" && request.PathAndQuery.EndsWith("/listing", StringComparison.Ordinal) && request.Phase == Sandbox.SandboxRequestPhase.Completed)
            {
                together.Armed = true;
            }

            await together.OnRequestAsync(request, token);
        });
        using var workspace = WorkspaceBuilder.Create().WithExample();

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(together.Rounds, Is.EqualTo(new[] { true }));
    }

    private static bool VersionRead(string request) => request.StartsWith("GET ", StringComparison.Ordinal) && request.EndsWith($"/versions/{Build}", StringComparison.Ordinal);

    private static bool ListingRead(string request) => request.StartsWith("GET ", StringComparison.Ordinal) && request.EndsWith($"/versions/{Build}/listing", StringComparison.Ordinal);

    [Test]
    public async Task The_artifact_and_the_image_go_up_side_by_side_and_the_listing_shows_the_image()
    {
        var together = new Rendezvous(
            r => r.StartsWith("POST ", StringComparison.Ordinal) && r.EndsWith("/rest/3/artifacts", StringComparison.Ordinal),
            r => r.StartsWith("POST ", StringComparison.Ordinal) && r.Contains("/rest/3/assets/images/", StringComparison.Ordinal));
        await using var sandbox = await SandboxHost.StartAsync(onRequest: together.OnRequestAsync);
        using var workspace = WorkspaceBuilder.Create().WithExample();

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(together.Rounds, Is.EqualTo(new[] { true }));
        var listing = sandbox.State.Listing(sandbox.AppSoftwareId, Build)!;
        Assert.That(listing.State, Is.EqualTo("PUBLIC"));
        Assert.That(sandbox.State.ArtifactUploadCount, Is.EqualTo(1));
        Assert.That(run.Out.IndexOf("upload-artifact", StringComparison.Ordinal), Is.LessThan(run.Out.IndexOf("upload-images", StringComparison.Ordinal)), "reported in step order");
    }

    [Test]
    public async Task Plan_shows_the_listing_created_public_and_no_separate_publish()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        using var workspace = WorkspaceBuilder.Create().WithExample();

        var plan = await CliRunner.RunAsync(sandbox, workspace, ["plan"]);

        Assert.That(plan.Out, Does.Contain("dry run: would create the listing as PUBLIC"), plan.ToString());
        Assert.That(plan.Out, Does.Contain("publish (skipped): the listing is created PUBLIC by create-listing"));
        Assert.That(plan.Result!.Changes, Has.None.Contains("publish the listing"));
        Assert.That(sandbox.Server.Requests.Where(r => r.Method != "GET"), Is.Empty, "plan sends nothing");
    }
}
