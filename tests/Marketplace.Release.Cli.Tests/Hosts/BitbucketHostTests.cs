using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Hosts;

/// <summary>The CLI as a Bitbucket pipe: no arguments, the variables of pipe.yml, the clone directory, the result file.</summary>
[TestFixture]
internal sealed class BitbucketHostTests
{
    private const long Build = 100400000;
    private SandboxHost sandbox = null!;
    private WorkspaceBuilder clone = null!;
    private string storage = null!;
    private string elsewhere = null!;

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await SandboxHost.StartAsync();
        clone = WorkspaceBuilder.Create().WithExample();
        storage = Directory.CreateTempSubdirectory("mr-bb-storage-").FullName;
        elsewhere = Directory.CreateTempSubdirectory("mr-bb-cwd-").FullName;
    }

    [TearDown]
    public async Task TearDown()
    {
        clone.Dispose();
        Directory.Delete(storage, recursive: true);
        Directory.Delete(elsewhere, recursive: true);
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task Without_arguments_it_publishes_from_the_clone_dir_and_writes_the_result_to_pipe_storage()
    {
        var run = await RunAsync(new() { ["BITBUCKET_PIPE_STORAGE_DIR"] = storage });

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(sandbox.State.Listing(sandbox.AppSoftwareId, Build)?.State, Is.EqualTo("PUBLIC"));
        var result = await ReadResultAsync(Path.Join(storage, "result.json"));
        Assert.That(result.Status, Is.EqualTo(ReleaseStatus.Published));
        Assert.That(result.BuildNumber, Is.EqualTo(Build));
        Assert.That(File.Exists(clone.PathOf("marketplace-release-result.json")), Is.False);
        Assert.That(LastLine(run.Out), Does.StartWith("✔ published com.example.timesheets 1.4.0"));
        Assert.That(run.Out, Does.Not.Contain("::"), "no GitHub workflow commands in a Bitbucket log");
    }

    [Test]
    public async Task Without_pipe_storage_the_result_file_is_in_the_clone_dir()
    {
        var run = await RunAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That((await ReadResultAsync(clone.PathOf("marketplace-release-result.json"))).Status, Is.EqualTo(ReleaseStatus.Published));
    }

    [Test]
    public async Task DRY_RUN_plans_and_changes_nothing()
    {
        var run = await RunAsync(new() { ["DRY_RUN"] = "true" });

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(sandbox.Mutations, Is.Empty);
        Assert.That((await ReadResultAsync(clone.PathOf("marketplace-release-result.json"))).Status, Is.EqualTo(ReleaseStatus.Planned));
        Assert.That(LastLine(run.Out), Does.StartWith("✔ plan: publish would"));
    }

    [Test]
    public async Task DETAILED_EXITCODE_with_DRY_RUN_exits_8_when_the_plan_has_changes()
    {
        var run = await RunAsync(new() { ["DRY_RUN"] = "true", ["DETAILED_EXITCODE"] = "true" });

        Assert.That(run.ExitCode, Is.EqualTo(8), run.ToString());
        Assert.That(sandbox.Mutations, Is.Empty);
        var result = await ReadResultAsync(clone.PathOf("marketplace-release-result.json"));
        Assert.That(result.Status, Is.EqualTo(ReleaseStatus.Planned));
        Assert.That(result.ExitCode, Is.EqualTo(8));
        Assert.That(result.Changes, Is.Not.Empty);
    }

    [Test]
    public async Task A_refused_token_ends_with_a_failure_line_and_exit_3_in_the_result()
    {
        var run = await RunAsync(new() { ["MARKETPLACE_API_TOKEN"] = "wrong-token" });

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
        Assert.That(LastLine(run.Out), Does.StartWith("✖ failed (exit 3): "));
        var result = await ReadResultAsync(clone.PathOf("marketplace-release-result.json"));
        Assert.That(result.ExitCode, Is.EqualTo(3));
        Assert.That(result.Status, Is.EqualTo(ReleaseStatus.Failed));
    }

    [Test]
    public async Task MANIFEST_is_relative_to_the_clone_dir_and_its_errors_name_file_line_and_column()
    {
        clone.WithManifest("schema: 1\napp:\n  key: com.example.timesheets\n  hostng: datacenter\n", "release/marketplace-release.yml");

        var run = await RunAsync(new() { ["MANIFEST"] = "release/marketplace-release.yml" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(sandbox.Server.Requests, Is.Empty);
        Assert.That(run.Out, Does.Match(@"release/marketplace-release\.yml:4:3: .*hostng"));
        Assert.That(LastLine(run.Out), Does.StartWith("✖ failed (exit 2): "));
        Assert.That((await ReadResultAsync(clone.PathOf("marketplace-release-result.json"))).ExitCode, Is.EqualTo(2));
    }

    [Test]
    public async Task DEBUG_prints_what_the_pipe_understood_without_secrets()
    {
        var run = await RunAsync(new() { ["DEBUG"] = "true" });

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain($"pipe: clone dir {clone.Root}"));
        Assert.That(run.All, Does.Not.Contain(SandboxHost.Token));
    }

    [Test]
    public async Task DEBUG_says_dry_run_yes_or_no_and_the_timeout_in_words_a_person_reads()
    {
        var run = await RunAsync(new() { ["DEBUG"] = "true", ["DRY_RUN"] = "true", ["TIMEOUT"] = "20m" });

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain("dry run: yes,").And.Contain("timeout 20m,").And.Not.Contain("dry run True"));
    }

    [Test]
    public async Task TIMEOUT_bounds_the_wait_like_the_Actions_timeout_input_and_a_bad_value_names_TIMEOUT()
    {
        var run = await RunAsync(new() { ["TIMEOUT"] = "soon" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(sandbox.Server.Requests, Is.Empty);
        Assert.That(LastLine(run.Out), Is.EqualTo("✖ failed (exit 2): TIMEOUT 'soon' is not a duration. Fix: write e.g. 90s, 10m or 1h"));
    }

    [Test]
    public async Task WAIT_FOR_APPROVAL_is_read_and_a_bad_value_names_it()
    {
        var shown = await RunAsync(new() { ["DEBUG"] = "true", ["DRY_RUN"] = "true", ["WAIT_FOR_APPROVAL"] = "2h" });
        var bad = await RunAsync(new() { ["WAIT_FOR_APPROVAL"] = "soon" });

        Assert.That(shown.Out, Does.Contain("wait for approval 2h,"));
        Assert.That(bad.ExitCode, Is.EqualTo(2), bad.ToString());
        Assert.That(LastLine(bad.Out), Is.EqualTo("✖ failed (exit 2): WAIT_FOR_APPROVAL 'soon' is not a duration. Fix: write e.g. 90s, 10m or 1h"));
    }

    [Test]
    public async Task A_refused_BASE_URL_names_BASE_URL_not_the_variable_it_overrides()
    {
        var run = await RunAsync(new() { ["BASE_URL"] = "http://marketplace.example.com/marketplace" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(LastLine(run.Out), Does.StartWith("✖ failed (exit 2): BASE_URL 'http://marketplace.example.com/marketplace' uses plain http"));
        Assert.That(run.All, Does.Not.Contain("MARKETPLACE_BASE_URL"));
    }

    private static string LastLine(string text) => text.TrimEnd().Split('\n')[^1];

    private static async Task<ReleaseResult> ReadResultAsync(string path)
    {
        Assert.That(File.Exists(path), Is.True, $"{path} was not written");
        return ReleaseResultJson.Deserialize(await File.ReadAllTextAsync(path))!;
    }

    [Test]
    public async Task REPORT_true_prints_the_report_in_the_pipe_log_and_writes_nothing()
    {
        var run = await RunAsync(new() { ["REPORT"] = "true", ["MARKETPLACE_DEVELOPER_ID"] = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f" });

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain("## Release insight: com.example.timesheets").And.Contain("(**93.0 %**)").And.Contain("### Release health"));
        Assert.That(sandbox.Mutations.Select(r => r.PathAndQuery), Has.All.Contains("/partner-metrics/"));
    }

    [Test]
    public async Task A_gate_not_met_exits_9_with_no_write()
    {
        File.AppendAllText(clone.ManifestPath, "\ngates:\n  installCoverage: 95%\n");

        var run = await RunAsync(new() { ["MARKETPLACE_DEVELOPER_ID"] = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f" });

        Assert.That(run.ExitCode, Is.EqualTo(9), run.ToString());
        Assert.That(run.Out, Does.Contain("a release gate is not met; nothing was sent"));
        Assert.That(sandbox.Mutations.Select(r => r.PathAndQuery), Has.All.Contains("/partner-metrics/"));
    }

    [Test]
    public async Task TARGETS_selects_targets_and_the_log_has_a_line_per_target()
    {
        clone.WithManifest(TargetsWorkspaces.DataCenterPairManifest)
            .WithFile("CHANGELOG.md", TargetsWorkspaces.Changelog)
            .WithPluginJar("target/timesheets-2.1.0-jira10.jar", version: "2.1.0")
            .WithPluginJar("target/timesheets-3.1.0-jira11.jar", version: "3.1.0");

        var run = await RunAsync(new() { ["TARGETS"] = "jira11" });
        var all = await RunAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(all.ExitCode, Is.Zero, all.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(run.Out, Does.Contain("▶ target jira11 (1/1): datacenter 3.1.0 (build 300100000)").And.Not.Contain("target jira10"));
            Assert.That(LastLine(run.Out), Is.EqualTo("✔ published com.example.timesheets: jira11 3.1.0 published (PUBLIC)"));
            Assert.That(all.Out, Does.Contain("▶ target jira10 (1/2)").And.Contain("▶ target jira11 (2/2)"));
            Assert.That(LastLine(all.Out), Is.EqualTo("✔ published com.example.timesheets: jira10 2.1.0 published (PUBLIC), jira11 3.1.0 unchanged (PUBLIC)"));
        });
        var result = await ReadResultAsync(clone.PathOf("marketplace-release-result.json"));
        Assert.That(result.Targets!.Select(t => (t.Name, t.Status)), Is.EqualTo(new[] { ("jira10", ReleaseStatus.Published), ("jira11", ReleaseStatus.Unchanged) }));
    }

    [Test]
    public async Task A_data_center_and_cloud_release_publishes_both_from_one_pipe()
    {
        await sandbox.DisposeAsync();
        sandbox = await SandboxHost.StartAsync(TargetsWorkspaces.AddCloudSoftware);
        clone.WithManifest(TargetsWorkspaces.DataCenterAndCloudManifest)
            .WithFile("CHANGELOG.md", TargetsWorkspaces.Changelog)
            .WithPluginJar("target/timesheets-3.1.0-jira11.jar", version: "3.1.0");

        var run = await RunAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(LastLine(run.Out), Is.EqualTo("✔ published com.example.timesheets: datacenter 3.1.0 published (PUBLIC), cloud 3.1.0 published (PUBLIC)"));
        var result = await ReadResultAsync(clone.PathOf("marketplace-release-result.json"));
        Assert.That(result.Targets!.Select(t => t.AppSoftwareId), Is.EqualTo(new[] { sandbox.AppSoftwareId, TargetsWorkspaces.CloudAppSoftwareId }));
    }

    [Test]
    public async Task A_wait_that_runs_out_names_the_TIMEOUT_variable_not_the_cli_flag()
    {
        await sandbox.DisposeAsync();
        // The artifact stays in processing for the whole test; TIMEOUT bounds the wait to half a second.
        sandbox = await SandboxHost.StartAsync(seed => seed.ProcessingDelay = TimeSpan.FromHours(1));

        var run = await RunAsync(new() { ["TIMEOUT"] = "0.5s" });

        Assert.That(run.ExitCode, Is.EqualTo(5), run.ToString());
        Assert.That(run.Out, Does.Contain("re-run later (or raise TIMEOUT): the release resumes with this artifact").And.Not.Contain("--timeout"));
    }

    private Task<CliRun> RunAsync(Dictionary<string, string?>? overrides = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["BITBUCKET_CLONE_DIR"] = clone.Root,
            ["BITBUCKET_WORKSPACE"] = "example-team",
            ["MARKETPLACE_USER"] = SandboxHost.User,
            ["MARKETPLACE_API_TOKEN"] = SandboxHost.Token,
            ["BASE_URL"] = sandbox.Server.BaseUrl.ToString(),
        };
        foreach (var (name, value) in overrides ?? [])
        {
            environment[name] = value;
        }

        return CliRunner.RunAsync(elsewhere, environment, []);
    }
}
