using Marketplace.Release.Reliability.Tests.Faults;
using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Reliability.Tests.Kill;

/// <summary>
/// The version PUT of a compatibility update (docs/marketplace-api.md § Compatibility updates) among the kill points: the real CLI process is killed with
/// SIGKILL before and after each request the update makes; a plain re-run then exits 0 with one version holding
/// the new compatibility, and creates nothing.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
internal sealed class UpdateKillResumeTests
{
    private const string Section = "Kill and resume: compatibility update";

    public static IEnumerable<TestCaseData> Points() =>
        from request in FaultMatrix.UpdateRequests
        from phase in new[] { SandboxRequestPhase.Received, SandboxRequestPhase.Completed }
        select new TestCaseData(request.Name, phase).SetName($"SIGKILL {new KillPoint(request, phase).Name}");

    [OneTimeSetUp]
    public void CliIsBuilt() => Assert.That(File.Exists(CliProcess.DllPath), Is.True, $"{CliProcess.DllPath} is missing");

    [TestCaseSource(nameof(Points))]
    public async Task A_rerun_after_a_kill_finishes_the_update(string requestName, SandboxRequestPhase phase)
    {
        var point = new KillPoint(FaultMatrix.Request(requestName), phase);
        var hook = new KillSwitch(point.Request, phase, armed: false);
        await using var sandbox = await TestSandbox.StartAsync(onRequest: hook.OnRequestAsync);
        using var workspace = WorkspaceBuilder.Create().WithExample();
        await CompatibilityUpdate.PrepareAsync(sandbox, workspace);
        var logged = sandbox.Server.Requests.Count;
        hook.Arm();

        using var cli = CliProcess.Start(workspace.Root, sandbox.Environment(), "publish");
        var first = await Task.WhenAny(hook.Reached, Task.Delay(TimeSpan.FromSeconds(60))) == hook.Reached ? await cli.KillAsync() : null;
        var ended = first ?? await cli.WaitAsync(TimeSpan.FromSeconds(5));
        hook.Disarm();
        var rerun = await InProcessCli.PublishAsync(sandbox, workspace.Root);
        var problems = CompatibilityUpdate.Problems(sandbox);
        var posts = sandbox.Server.Requests.Skip(logged).Count(r => r.Method == "POST");
        ReliabilityReport.Add(Section, point.Name,
            $"{(first is not null ? "killed" : "kill point never reached")}; re-run exit {rerun.ExitCode} ({rerun.Result?.Status}){(problems.Count > 0 ? "; " + string.Join("; ", problems) : string.Empty)}",
            first is not null && rerun.ExitCode == 0 && problems.Count == 0 && posts == 0);

        Assert.That(first, Is.Not.Null, $"the kill point was never reached: {ended}");
        Assert.That(first!.Killed, Is.True);
        InProcessCli.AssertNoSecrets(first, workspace.Root, sandbox.Environment());
        Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
        Assert.That(problems, Is.Empty, rerun.ToString());
        Assert.That(posts, Is.Zero, "an update creates nothing");
    }
}
