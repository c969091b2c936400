using System.Text.Json.Nodes;
using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// <c>appListing.icon</c>/<c>banner</c> given as a file: uploaded and set when the live listing has none, and whenever
/// the run creates a new version (the API serves no image to compare a file with); a re-run of an existing version
/// uploads nothing, and <c>plan</c> says which.
/// </summary>
[TestFixture]
internal sealed class ListingImageUploadTests
{
    private const string ProductId = "4d8e2f1a-3b5c-4a6d-9e7f-1a2b3c4d5e6f";
    private const string DeveloperId = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f";
    private const string LiveIcon = "icon-live-0001";
    private const string LiveBanner = "banner-live-0001";

    private const string Section = """

        appListing:
          icon: {image: docs/icon.png}
          banner: {image: docs/banner.png}
        """;

    private static readonly Dictionary<string, string?> DeveloperSpace = new() { ["MARKETPLACE_DEVELOPER_ID"] = DeveloperId };

    private SandboxHost sandbox = null!;
    private WorkspaceBuilder workspace = null!;

    [SetUp]
    public async Task SetUp()
    {
        // The live listing has an icon and a banner already (uploaded by an earlier release).
        sandbox = await SandboxHost.StartAsync(seed =>
        {
            seed.Images.Add(new SeedImage(LiveIcon, "icon", "old-icon.png"));
            seed.Images.Add(new SeedImage(LiveBanner, "banner", "old-banner.png"));
            var images = seed.Apps[0].AppListing!["images"] as JsonObject ?? new JsonObject();
            images["iconFileId"] = LiveIcon;
            images["bannerFileId"] = LiveBanner;
            seed.Apps[0].AppListing!["images"] = images;
        });
        workspace = WorkspaceBuilder.Create().WithExample().WithPng("docs/icon.png", 16, 16).WithPng("docs/banner.png", 32, 16);
        File.AppendAllText(workspace.ManifestPath, Section);
    }

    [TearDown]
    public async Task TearDown()
    {
        workspace?.Dispose();
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }
    }

    [Test]
    public async Task A_run_that_creates_the_version_uploads_both_files_over_the_live_images_and_a_rerun_uploads_nothing()
    {
        var plan = await RunAsync("plan", "--detailed-exitcode");
        var first = await RunAsync("publish");
        var settled = sandbox.Server.Requests.Count;
        var rerun = await RunAsync("publish");
        var planAfter = await RunAsync("plan", "--detailed-exitcode");

        Assert.That(plan.ExitCode, Is.EqualTo(8), plan.ToString());
        Assert.That(plan.Out, Does.Contain("would upload docs/icon.png (icon): the run creates version 1.4.0")
            .And.Contain("would upload docs/banner.png (banner): the run creates version 1.4.0"));
        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(Uploads("icon"), Is.EqualTo(1));
        Assert.That(Uploads("banner"), Is.EqualTo(1));
        var images = sandbox.State.Presence.AppListing(ProductId)!["images"]!;
        Assert.That(images["iconFileId"]!.GetValue<string>(), Is.Not.EqualTo(LiveIcon), "the new version's icon was not set");
        Assert.That(images["bannerFileId"]!.GetValue<string>(), Is.Not.EqualTo(LiveBanner), "the new version's banner was not set");
        Assert.That(first.Result!.Changes, Does.Contain("upload docs/icon.png (icon): the run creates version 1.4.0"));

        Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
        Assert.That(rerun.Result!.Status, Is.EqualTo(ReleaseStatus.Unchanged), rerun.ToString());
        Assert.That(sandbox.Server.Requests.Skip(settled).Where(r => r.Method is "POST" or "PUT" or "PATCH"), Is.Empty, "a re-run of the existing version uploaded or wrote");
        Assert.That(planAfter.ExitCode, Is.Zero, planAfter.ToString());
    }

    [Test]
    public async Task An_existing_version_with_live_images_uploads_nothing()
    {
        // The version exists already (released without the appListing section), so this run creates none.
        var manifest = File.ReadAllText(workspace.ManifestPath);
        File.WriteAllText(workspace.ManifestPath, manifest.Replace(Section, string.Empty, StringComparison.Ordinal));
        Assert.That((await RunAsync("publish")).ExitCode, Is.Zero);
        File.WriteAllText(workspace.ManifestPath, manifest);
        var before = sandbox.Server.Requests.Count;

        var plan = await RunAsync("plan", "--detailed-exitcode");
        var run = await RunAsync("publish");

        Assert.That(plan.ExitCode, Is.Zero, plan.ToString());
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(sandbox.Server.Requests.Skip(before).Where(r => r.Method is "POST" or "PUT" or "PATCH"), Is.Empty);
        Assert.That(sandbox.State.Presence.AppListing(ProductId)!["images"]!["iconFileId"]!.GetValue<string>(), Is.EqualTo(LiveIcon));
    }

    private int Uploads(string type) =>
        sandbox.Server.Requests.Count(r => r.Method == "POST" && r.PathAndQuery.Split('?')[0] == "/marketplace/rest/3/assets/images/" + type);

    private Task<CliRun> RunAsync(params string[] args) => CliRunner.RunAsync(sandbox, workspace, args, DeveloperSpace);
}
