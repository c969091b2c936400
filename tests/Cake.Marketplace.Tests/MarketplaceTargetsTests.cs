using Cake.Marketplace.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using Marketplace.Sandbox.Samples;

namespace Cake.Marketplace.Tests;

/// <summary>Issue 20 in Cake: one MarketplaceRelease call publishes every target; <c>Targets</c> selects; the result has one entry per target.</summary>
[TestFixture]
internal sealed class MarketplaceTargetsTests
{
    private const string Manifest = """
        schema: 1
        app:
          key: com.example.timesheets
          hosting: datacenter
        version:
          build: from-version
          paymentModel: paid-via-atlassian
          license: commercial
          releaseNotes: Exports for every Jira.
        listing:
          state: public
          moreDetails: Timesheets for Jira teams.
          screenshots:
            - imageId: 7a3b5c4d-9e6f-4a01-9c32-2d3e4f506172
              caption: Board view
        targets:
          - name: jira10
            version:
              number: 2.1.0
              artifact: target/timesheets-2.1.0-jira10.jar
              compatibility: [{product: jira, min: 9.12.0, max: 10.3.3}]
          - name: jira11
            version:
              number: 3.1.0
              artifact: target/timesheets-3.1.0-jira11.jar
              compatibility: [{product: jira, min: 10.4.1, max: latest}]

        """;

    private SandboxHost sandbox = null!;
    private ScriptWorkspace workspace = null!;

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await SandboxHost.StartAsync();
        workspace = ScriptWorkspace.WithExample();
        workspace.WriteFile(ScriptWorkspace.ManifestFileName, Manifest);
        workspace.WriteFile("target/timesheets-2.1.0-jira10.jar", SampleFiles.PluginJar(version: "2.1.0"));
        workspace.WriteFile("target/timesheets-3.1.0-jira11.jar", SampleFiles.PluginJar(version: "3.1.0"));
    }

    [TearDown]
    public async Task TearDown()
    {
        workspace.Dispose();
        await sandbox.DisposeAsync();
    }

    [Test]
    public void One_release_call_publishes_every_target_and_logs_a_line_per_target()
    {
        var log = new RecordingLog();
        var context = FakeCakeContext.Create(workspace.Root, sandbox.Environment, log);

        var result = context.MarketplaceRelease(ScriptWorkspace.ManifestFileName);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(ReleaseStatus.Published));
            Assert.That(result.Targets!.Select(t => (t.Name, t.Status, t.BuildNumber)), Is.EqualTo(new[]
            {
                ("jira10", ReleaseStatus.Published, (long?)200100000),
                ("jira11", ReleaseStatus.Published, (long?)300100000),
            }));
            Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, 200100000)!.State, Is.EqualTo("PUBLIC"));
            Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, 300100000)!.State, Is.EqualTo("PUBLIC"));
            Assert.That(log.Text, Does.Contain("▶ target jira10 (1/2)").And.Contain("▶ target jira11 (2/2)"));
        });
    }

    [Test]
    public async Task A_data_center_and_a_forge_cloud_version_publish_from_one_call()
    {
        const string cloudSoftware = "8c3d5e7f-1a2b-4c3d-9e8f-0a1b2c3d4e5f";
        await sandbox.DisposeAsync();
        sandbox = await SandboxHost.StartAsync(seed => seed.Apps.Single(app => app.Key == SandboxHost.ExampleAppKey).Software.Add(new global::Marketplace.Sandbox.SeedAppSoftware { Id = cloudSoftware, Hosting = "cloud" }));
        workspace.WriteFile(ScriptWorkspace.ManifestFileName, Manifest.Replace("""
              - name: jira11
                version:
                  number: 3.1.0
                  artifact: target/timesheets-3.1.0-jira11.jar
                  compatibility: [{product: jira, min: 10.4.1, max: latest}]
            """, """
              - name: cloud
                hosting: cloud
                version:
                  number: 3.1.0
                  framework: forge
                  compatibility: [{product: jira, minBuild: 1, maxBuild: 2}]
                  frameworkAttributes: {appId: a, versionId: 7e2b9c1d-4f5a-4b6c-8d7e-9f0a1b2c3d4e, envId: e, scopes: [read:jira-work]}
            """, StringComparison.Ordinal)
            // A Forge version has no build of its own: the shared build moves to the Data Center target.
            .Replace("  build: from-version\n", string.Empty, StringComparison.Ordinal)
            .Replace("      number: 2.1.0\n", "      number: 2.1.0\n      build: from-version\n", StringComparison.Ordinal));
        var context = FakeCakeContext.Create(workspace.Root, sandbox.Environment, new RecordingLog());

        var result = context.MarketplaceRelease(ScriptWorkspace.ManifestFileName);

        Assert.That(result.Targets!.Select(t => (t.Name, t.Status, t.AppSoftwareId)), Is.EqualTo(new[]
        {
            ("jira10", ReleaseStatus.Published, sandbox.AppSoftwareId),
            ("cloud", ReleaseStatus.Published, cloudSoftware),
        }));
    }

    [Test]
    public void The_Targets_setting_selects_and_an_unknown_name_throws_exit_code_2_before_anything_is_sent()
    {
        var context = FakeCakeContext.Create(workspace.Root, sandbox.Environment, new RecordingLog());
        var unknown = new MarketplaceSettings();
        unknown.Targets.Add("jira9");
        var selected = new MarketplaceSettings();
        selected.Targets.Add("jira11");

        var failure = Assert.Throws<MarketplaceReleaseException>(() => context.MarketplaceRelease(ScriptWorkspace.ManifestFileName, unknown))!;
        var sentAfterFailure = sandbox.Server.Requests.Count;
        var result = context.MarketplaceRelease(ScriptWorkspace.ManifestFileName, selected);

        Assert.Multiple(() =>
        {
            Assert.That(failure.ExitCode, Is.EqualTo(2));
            Assert.That(failure.Message, Does.Contain("unknown target 'jira9'"));
            Assert.That(sentAfterFailure, Is.Zero);
            Assert.That(result.Targets!.Select(t => t.Name), Is.EqualTo(new[] { "jira11" }));
            Assert.That(sandbox.State.Version(sandbox.AppSoftwareId, 200100000), Is.Null);
        });
    }
}
