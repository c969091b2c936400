using Marketplace.Release.Container.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using Marketplace.Sandbox;

namespace Marketplace.Release.Container.Tests.Docker;

/// <summary>The image as a Bitbucket pipe: clone dir mounted at the same path and used as the working directory.</summary>
[TestFixture]
internal sealed class BitbucketPipeContainerTests
{
    private SandboxServer sandbox = null!;
    private TempFolder clone = null!;

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await ContainerSandbox.StartAsync();
        clone = TempFolder.Create("mr-bb-clone-").WithExample();
    }

    [TearDown]
    public async Task TearDown()
    {
        clone.Dispose();
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task Publishes_and_writes_the_result_file_in_the_clone_dir()
    {
        var run = await RunAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Lines[^1], Does.StartWith("✔ published com.example.timesheets 1.4.0"));
        var result = await ReadResultAsync(clone.PathOf("marketplace-release-result.json"));
        Assert.That(result.Status, Is.EqualTo(ReleaseStatus.Published));
        var appSoftwareId = sandbox.State.AppSoftwareId(ContainerSandbox.AppKey, "datacenter")!;
        Assert.That(sandbox.State.Listing(appSoftwareId, ContainerSandbox.Build)?.State, Is.EqualTo("PUBLIC"));

        // A re-run finds everything done: exit 0, nothing to do.
        var again = await RunAsync();
        Assert.That(again.ExitCode, Is.Zero, again.ToString());
        Assert.That((await ReadResultAsync(clone.PathOf("marketplace-release-result.json"))).Status, Is.EqualTo(ReleaseStatus.Unchanged));
    }

    [Test]
    public async Task A_refused_token_exits_3_with_a_failure_line_and_the_result_in_pipe_storage()
    {
        var storage = clone.PathOf(".bitbucket/pipelines/generated/pipeline/pipes/marketplace-release");
        Directory.CreateDirectory(storage);

        var run = await RunAsync(("MARKETPLACE_API_TOKEN", "wrong-token"), ("BITBUCKET_PIPE_STORAGE_DIR", storage));

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
        Assert.That(run.Lines[^1], Does.StartWith("✖ failed (exit 3): "));
        var result = await ReadResultAsync(Path.Join(storage, "result.json"));
        Assert.That(result.ExitCode, Is.EqualTo(3));
        Assert.That(File.Exists(clone.PathOf("marketplace-release-result.json")), Is.False);
    }

    [Test]
    public async Task A_manifest_error_exits_2_and_sends_nothing()
    {
        clone.WithFile("marketplace-release.yml", "schema: 1\napp:\n  key: com.example.timesheets\n  hostng: datacenter\n");

        var run = await RunAsync();

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Error, Does.Contain("marketplace-release.yml:4:3: "));
        Assert.That(sandbox.Requests, Is.Empty);
        Assert.That((await ReadResultAsync(clone.PathOf("marketplace-release-result.json"))).ExitCode, Is.EqualTo(2));
    }

    private static async Task<ReleaseResult> ReadResultAsync(string path)
    {
        Assert.That(File.Exists(path), Is.True, $"{path} was not written");
        return ReleaseResultJson.Deserialize(await File.ReadAllTextAsync(path))!;
    }

    private Task<ProcessResult> RunAsync(params (string Name, string Value)[] overrides)
    {
        var environment = new Dictionary<string, string>
        {
            ["BITBUCKET_CLONE_DIR"] = clone.Path,
            ["MARKETPLACE_USER"] = ContainerSandbox.User,
            ["MARKETPLACE_API_TOKEN"] = ContainerSandbox.Token,
            ["BASE_URL"] = sandbox.BaseUrl.ToString(),
        };
        foreach (var (name, value) in overrides)
        {
            environment[name] = value;
        }

        List<string> arguments = [.. ContainerImage.RunOptions, "-v", $"{clone.Path}:{clone.Path}", "-w", clone.Path];
        foreach (var (name, value) in environment)
        {
            arguments.AddRange(["-e", $"{name}={value}"]);
        }

        arguments.Add(ContainerImage.Tag);
        return DockerCli.RunAsync(arguments, TimeSpan.FromMinutes(3));
    }
}
