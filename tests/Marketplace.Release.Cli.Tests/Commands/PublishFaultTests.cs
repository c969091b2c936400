using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// Faults injected by the sandbox at every mutating request: the release still ends with exactly one version, one
/// listing, PUBLIC, and the version uses one artifact. A lost response never makes a second create.
/// </summary>
[TestFixture]
internal sealed class PublishFaultTests
{
    private const long Build = 100400000;
    private SandboxHost sandbox = null!;
    private WorkspaceBuilder workspace = null!;

    public static IEnumerable<TestCaseData> MutatingRequests()
    {
        (string Method, string Path, string Name)[] requests =
        [
            ("POST", "/rest/3/artifacts", "artifact upload"),
            ("POST", "/rest/3/assets/images/*", "image upload"),
            ("POST", "/rest/3/app-software/*/versions", "version create"),
            ("POST", "/rest/3/app-software/*/versions/*/listing", "listing create"),
            ("PUT", "/rest/3/app-software/*/versions/*/listing", "listing publish"),
        ];
        foreach (var (method, path, name) in requests)
        {
            yield return new TestCaseData(method, path, FaultKind.Status).SetName($"503 before the {name}");
            yield return new TestCaseData(method, path, FaultKind.PerformThenDrop).SetName($"the {name} performed but its response lost");
            yield return new TestCaseData(method, path, FaultKind.PerformThenStatus).SetName($"the {name} performed then 502");
            yield return new TestCaseData(method, path, FaultKind.Drop).SetName($"the connection dropped before the {name}");
        }
    }

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await SandboxHost.StartAsync();
        workspace = WorkspaceBuilder.Create().WithExample();
    }

    [TearDown]
    public async Task TearDown()
    {
        workspace.Dispose();
        await sandbox.DisposeAsync();
    }

    [TestCaseSource(nameof(MutatingRequests))]
    public async Task A_fault_at_a_mutating_request_still_ends_with_exactly_one_of_each(string method, string path, FaultKind kind)
    {
        if (method == "PUT")
        {
            // A first publish creates its listing PUBLIC in the POST: the PUT publishes a listing an earlier run staged.
            var manifest = File.ReadAllText(workspace.ManifestPath);
            workspace.WithManifest(manifest.Replace("state: public", "state: private", StringComparison.Ordinal));
            Assert.That((await PublishAsync()).ExitCode, Is.Zero);
            workspace.WithManifest(manifest);
        }

        sandbox.Server.Faults.Add(new FaultRule { Method = method, Path = path, Kind = kind, Times = 1 });

        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        // A dropped request is logged when the server is done with it, possibly after the client moved on: wait for it.
        var logged = await sandbox.Server.WaitForRequestsAsync(requests => requests.Any(r => r.Fault is not null)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That(logged.Count(r => r.Fault is not null), Is.EqualTo(1), "the fault was never hit");
        AssertExactlyOnePublishedVersion();
    }

    [Test]
    public async Task A_lost_version_create_response_is_settled_by_reading_the_version_not_by_posting_again()
    {
        sandbox.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/rest/3/app-software/*/versions", Kind = FaultKind.PerformThenDrop });

        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(sandbox.RequestsTo("POST", "/rest/3/app-software").Count(r => r.PathAndQuery.EndsWith("/versions", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(run.Out, Does.Contain("not sending it again").Or.Contain("not created twice"));
    }

    [TestCase("1")]
    [TestCase("http-date")]
    public async Task A_429_with_retry_after_is_retried_after_the_given_time(string retryAfter)
    {
        var header = retryAfter == "http-date" ? DateTimeOffset.UtcNow.AddSeconds(2).ToString("R") : retryAfter;
        sandbox.Server.Faults.Add(new FaultRule { Method = "GET", Path = "/rest/3/app-software/app-key/*", Kind = FaultKind.Status, StatusCode = 429, RetryAfter = header });

        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var lookups = sandbox.RequestsTo("GET", "/rest/3/app-software/app-key/");
        Assert.That(lookups.Select(r => r.StatusCode), Is.EqualTo(new[] { 429, 200 }));
        Assert.That(lookups[1].TimeUtc - lookups[0].TimeUtc, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(500)), "Retry-After was not honoured");
        AssertExactlyOnePublishedVersion();
    }

    [Test]
    public async Task Transient_failures_that_outlast_the_retries_exit_6_and_a_rerun_finishes()
    {
        sandbox.Server.Faults.Add(new FaultRule { Method = "GET", Path = "/rest/3/app-software/*/versions/*", Kind = FaultKind.Status, StatusCode = 503, Times = 0 });

        var failed = await PublishAsync();
        sandbox.Server.Faults.Clear();
        var rerun = await PublishAsync();

        Assert.That(failed.ExitCode, Is.EqualTo(6), failed.ToString());
        Assert.That(failed.Out, Does.Contain("kept failing").And.Contain("re-run"));
        Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
        AssertExactlyOnePublishedVersion();
    }

    [TestCase(ArtifactProcessingForm.Status)]
    [TestCase(ArtifactProcessingForm.NotFound)]
    public async Task Slow_processing_is_waited_for_in_both_forms(ArtifactProcessingForm form)
    {
        await sandbox.DisposeAsync();
        sandbox = await SandboxHost.StartAsync(seed =>
        {
            seed.ProcessingDelay = TimeSpan.FromSeconds(1.5);
            seed.ProcessingForm = form;
        });

        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var looks = sandbox.RequestsTo("GET", "/rest/3/artifacts/");
        Assert.That(looks, Has.Count.GreaterThan(2));
        Assert.That(looks[0].StatusCode, Is.EqualTo(form == ArtifactProcessingForm.NotFound ? 404 : 200));
        Assert.That(run.Out, Does.Contain("waiting for artifact"));
        AssertExactlyOnePublishedVersion();
    }

    [Test]
    public async Task Failed_processing_exits_4_with_the_reason_and_creates_no_version()
    {
        sandbox.Server.Faults.FailProcessing("*.jar", "atlassian-plugin.xml declares no plugin key");

        var run = await PublishAsync();

        Assert.That(run.ExitCode, Is.EqualTo(4), run.ToString());
        Assert.That(run.Out, Does.Contain("could not process").And.Contain("atlassian-plugin.xml declares no plugin key"));
        Assert.That(sandbox.State.Version(sandbox.AppSoftwareId, Build), Is.Null);
    }

    [Test]
    public async Task A_wait_that_runs_out_exits_5_and_the_rerun_resumes_without_uploading_again()
    {
        await sandbox.DisposeAsync();
        // The sandbox on a fake clock: the artifact stays in processing until the test moves that clock, however long
        // the first run's real-time wait takes; the CLI keeps its real clock for its own timeout.
        var sandboxTime = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var processingDelay = TimeSpan.FromSeconds(2);
        sandbox = await SandboxHost.StartAsync(seed => seed.ProcessingDelay = processingDelay, time: sandboxTime);

        var pending = await PublishAsync("--timeout", "0.5s");
        sandboxTime.Advance(processingDelay);
        var resumed = await PublishAsync();

        Assert.That(pending.ExitCode, Is.EqualTo(5), pending.ToString());
        Assert.That(pending.Out, Does.Contain("still being processed").And.Contain("re-run"));
        Assert.That(resumed.ExitCode, Is.Zero, resumed.ToString());
        Assert.That(resumed.Out, Does.Contain("an earlier run uploaded this file"));
        Assert.That(sandbox.State.ArtifactUploadCount, Is.EqualTo(1));
        AssertExactlyOnePublishedVersion();
    }

    [Test]
    public async Task A_wait_given_up_names_the_command_lines_flags()
    {
        await sandbox.DisposeAsync();
        // The artifact stays in processing for the whole test.
        sandbox = await SandboxHost.StartAsync(seed => seed.ProcessingDelay = TimeSpan.FromHours(1));

        var run = await PublishAsync("--no-wait");

        Assert.That(run.ExitCode, Is.EqualTo(5), run.ToString());
        Assert.That(run.Out, Does.Contain("and --no-wait was given").And.Contain("re-run later (or raise --timeout): the release resumes with this artifact"));
    }

    private void AssertExactlyOnePublishedVersion()
    {
        var versions = sandbox.State.Versions(sandbox.AppSoftwareId).Where(v => v.BuildNumber == Build).ToList();
        var listings = sandbox.State.Listings(sandbox.AppSoftwareId).Where(l => l.BuildNumber == Build).ToList();
        Assert.That(versions, Has.Count.EqualTo(1));
        Assert.That(listings, Has.Count.EqualTo(1));
        Assert.That(listings[0].State, Is.EqualTo("PUBLIC"));
        Assert.That(sandbox.State.Artifacts.Count(a => a.VersionCount > 0 && a.Id == versions[0].ArtifactId), Is.EqualTo(1));
        Assert.That(listings[0].Screenshots.All(s => sandbox.State.HasImage(s.ImageId!)), Is.True);
    }

    private Task<CliRun> PublishAsync(params string[] options) => CliRunner.RunAsync(sandbox, workspace, ["publish", .. options]);
}
